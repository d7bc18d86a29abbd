import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureFiles, fixtureJourney, writeDataDir } from "../testing/fixture.ts";
import { DataError, readAtlasData } from "./data-files.ts";

/** The problems `readAtlasData` reports for the fixture data after `edit`, one line each. */
type Journey = ReturnType<typeof fixtureJourney>;

async function problemsAfter(edit: (journey: Journey) => void): Promise<string[]> {
  const journey = fixtureJourney();
  edit(journey);
  const files = { ...fixtureFiles(), journey };
  const error = await readAtlasData(await writeDataDir(files)).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DataError)) return [];
  return error.message.split("\n").slice(1);
}

const step = (journey: Journey, i = 0) => {
  const s = journey.steps[i];
  if (!s) throw new Error(`no step ${i}`);
  return s;
};

describe("data/journey.json", () => {
  it("reads the fixture journey with its steps in order", async () => {
    const data = await readAtlasData(await writeDataDir({ ...fixtureFiles(), journey: fixtureJourney() }));
    expect(data.journey?.steps.map((s) => s.id)).toEqual(["watching-the-horizon", "training-of-trainers"]);
  });

  it("is optional: a data folder without one has no journey", async () => {
    const dir = await writeDataDir({ ...fixtureFiles(), journey: fixtureJourney() });
    await rm(join(dir, "journey.json"));
    expect((await readAtlasData(dir)).journey).toBeUndefined();
  });

  it("needs every text in all six languages", async () => {
    const problems = await problemsAfter((j) => {
      delete (step(j).question as Record<string, string>).ar;
    });
    expect(problems).toEqual([expect.stringMatching(/data\/journey.json: .*field "steps.0.question.ar"/)]);
  });

  it("rejects an example whose case is unknown or is not coded as its reason says", async () => {
    const problems = await problemsAfter((j) => {
      step(j).examples = [
        { case: "atlantis", coding: [{ scheme: "phase", key: "co-design" }] },
        { case: "seville-care", coding: [{ scheme: "phase", key: "co-design" }] },
      ];
    });
    expect(problems).toEqual([
      'data/journey.json: record "watching-the-horizon", field "examples.0.case": refers to unknown case "atlantis"',
      'data/journey.json: record "watching-the-horizon", field "examples.1.coding.0": case "seville-care" is not coded phase "co-design"',
    ]);
  });

  it("rejects the same case twice in a step, and an example chosen for no coding", async () => {
    const twice = await problemsAfter((j) => {
      const first = step(j).examples[0];
      if (first) step(j).examples.push(first);
    });
    expect(twice).toEqual([expect.stringContaining('"tunis-housing" is already an example of this step')]);
    const noReason = await problemsAfter((j) => {
      step(j).examples = [{ case: "tunis-housing", coding: [] }];
    });
    expect(noReason).toEqual([expect.stringContaining("says which coding it was chosen for")]);
  });

  it("rejects concepts and view filters that are not vocabulary terms", async () => {
    const problems = await problemsAfter((j) => {
      step(j).concepts = [{ scheme: "governance" }, { scheme: "phase", terms: ["co-dreaming"] }];
      step(j).views = [{ page: "explore", filters: { need: ["wealth"] } }];
    });
    expect(problems).toEqual([
      'data/journey.json: record "watching-the-horizon", field "concepts.0.scheme": the governance vocabulary has no terms',
      'data/journey.json: record "watching-the-horizon", field "concepts.1.terms.0": "co-dreaming" is not a term of the phase vocabulary',
      'data/journey.json: record "watching-the-horizon", field "views.0.filters.need.0": "wealth" is not a term of the need vocabulary',
    ]);
  });

  it("rejects a filter the page does not have, and a graph outside the network", async () => {
    const problems = await problemsAfter((j) => {
      step(j).views = [{ page: "currencies", filters: { phase: ["co-design"] }, graph: "bipartite" }];
    });
    expect(problems).toEqual([
      expect.stringContaining('field "steps.0.views.0.filters.phase": the currencies page has no phase filter'),
      expect.stringContaining('field "steps.0.views.0.graph": only a network view has a graph'),
    ]);
  });

  it("rejects duplicate step ids and numbers, and a numbered step without a question", async () => {
    const problems = await problemsAfter((j) => {
      const second = step(j, 1);
      Object.assign(second, { id: "watching-the-horizon", part: "general-training", number: 2 });
    });
    expect(problems).toEqual([
      expect.stringContaining('field "steps.1.number": a step of the general training has a number and a question'),
    ]);
    const duplicated = await problemsAfter((j) => {
      Object.assign(step(j, 1), { id: "watching-the-horizon" });
    });
    expect(duplicated).toEqual(['data/journey.json: record "watching-the-horizon", field "id": duplicate']);
  });

  it("rejects an unknown source of the programme text", async () => {
    const problems = await problemsAfter((j) => {
      j.source.sources = ["nowhere"];
    });
    expect(problems).toEqual(['data/journey.json: field "source.sources.0": refers to unknown "nowhere"']);
  });
});
