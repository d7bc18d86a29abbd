import { readAtlasData } from "@atlas/db/data-files";
import { fixtureFiles, fixtureJourney, openTestDatabase } from "@atlas/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { type TestApp, testApp } from "../../testing.ts";
import type { Journey, journeyStepDetail } from "./schema.ts";

type StepDetail = import("@hono/zod-openapi").z.infer<typeof journeyStepDetail>;

describe("GET /api/journey", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({}, { ...fixtureFiles(), journey: fixtureJourney() });
  });

  it("serves every step in order, in the language asked for, with the translation's provenance", async () => {
    const { status, body } = await t.json<Journey>("/api/journey?locale=fr");
    expect(status).toBe(200);
    expect(body.steps.map((s) => s.id)).toEqual(["watching-the-horizon", "training-of-trainers"]);
    const [step] = body.steps;
    expect(step?.question).toBe("How can co-production help? [fr]");
    expect(step?.reflection).toEqual(["Which service could be co-produced? [fr]", "Who would sign? [fr]"]);
    expect(body.translation).toEqual({
      translatedBy: "atlas-editors",
      method: "machine",
      reviewed: false,
      reviewedBy: null,
    });
    expect(body.source.sources.map((s) => s.id)).toEqual(["src-a"]);
  });

  it("takes a step's workshop challenge from its question, or from the editors' challenge", async () => {
    const { body } = await t.json<Journey>("/api/journey");
    expect(body.steps.map((s) => s.challenge)).toEqual([
      "How can co-production help?",
      "Design a session of a national workshop.",
    ]);
  });

  it("resolves concepts to their terms with the number of cases coded with each", async () => {
    const { body } = await t.json<Journey>("/api/journey?locale=es");
    const [phases, collaboration] = body.steps[0]?.concepts ?? [];
    expect(phases?.terms.map((term) => [term.key, term.label, term.count])).toEqual([
      ["co-design", "Codiseño", 1],
      ["co-delivery", "Coprestación", 1],
    ]);
    expect(collaboration?.terms.map((term) => term.count)).toEqual([1]);
    const chosen = body.steps[1]?.concepts[0];
    expect(chosen?.terms.map((term) => term.key)).toEqual(["care"]);
  });

  it("shows each example with the coding it was chosen for, labelled, in the editors' order", async () => {
    const { body } = await t.json<Journey>("/api/journey?locale=es");
    expect(body.steps[0]?.examples).toEqual([
      {
        case: {
          id: "tunis-housing",
          title: "Tunis housing co-design",
          locale: "en",
          country: "TN",
          city: "Tunis",
          startYear: 2021,
        },
        coding: [{ scheme: "phase", key: "co-design", label: "Codiseño" }],
      },
      {
        case: {
          id: "seville-care",
          title: "Seville care co-delivery",
          locale: "en",
          country: "ES",
          city: "Sevilla",
          startYear: 2015,
        },
        coding: [
          { scheme: "phase", key: "co-delivery", label: "Coprestación" },
          { scheme: "collaborationType", key: "public-social-partnership", label: "Public-social partnership" },
        ],
      },
    ]);
  });

  it("gives each view its filters with labels and the number of records it shows", async () => {
    const { body } = await t.json<Journey>("/api/journey");
    expect(body.steps[0]?.views).toEqual([
      {
        page: "network",
        filters: [{ name: "phase", values: [{ key: "co-design", label: "Co-design" }] }],
        graph: "bipartite",
        count: 1,
      },
      { page: "explore", filters: [{ name: "country", values: [{ key: "ES", label: "ES" }] }], graph: null, count: 1 },
    ]);
    expect(body.steps[1]?.views[0]?.count).toBe(1);
  });

  it("drops a case that left the atlas, and coding a case no longer carries", async () => {
    const local = await testApp({}, { ...fixtureFiles(), journey: fixtureJourney() });
    await local.db.run(sql`DELETE FROM cases WHERE id = 'tunis-housing'`);
    await local.db.run(sql`DELETE FROM case_terms WHERE case_id = 'seville-care' AND scheme = 'collaborationType'`);
    const { body } = await local.json<Journey>("/api/journey");
    expect(body.steps[0]?.examples).toEqual([
      expect.objectContaining({ coding: [{ scheme: "phase", key: "co-delivery", label: "Co-delivery" }] }),
    ]);
  });

  it("serves one step with its neighbours, and answers 404 for an unknown step", async () => {
    const { status, body } = await t.json<StepDetail>("/api/journey/training-of-trainers?locale=ar");
    expect(status).toBe(200);
    expect(body.step.title).toBe("Training of trainers [ar]");
    expect(body.previous).toEqual({ id: "watching-the-horizon", title: "Watching the horizon [ar]" });
    expect(body.next).toBeNull();
    const missing = await t.json<{ error: { code: string } }>("/api/journey/flying-away");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
  });

  it("answers 400 for a language the atlas does not speak, and 404 when the data has no journey", async () => {
    const bad = await t.json<{ error: { code: string; message: string } }>("/api/journey?locale=de");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("locale");
    const none = await testApp();
    expect((await none.json("/api/journey")).status).toBe(404);
  });
});

describe("the journey of the curated data", () => {
  it("opens step 2 in French on the co-production concepts and cases coded for them", async () => {
    const db = await openTestDatabase(await readAtlasData());
    const res = await createApp().request("/api/journey/watching-the-horizon?locale=fr", undefined, { db });
    const body = (await res.json()) as StepDetail;
    expect(body.step.title).toBe("Regarder l'horizon");
    expect(body.step.concepts.map((c) => c.scheme)).toEqual(["phase", "level", "collaborationType"]);
    expect(body.step.concepts[0]?.terms.every((term) => term.locale === "fr" && (term.count ?? 0) > 0)).toBe(true);
    expect(body.step.examples.length).toBeGreaterThanOrEqual(2);
    for (const example of body.step.examples) expect(example.coding.length).toBeGreaterThan(0);
    // Titles come in French where the case's translation matches its current English title.
    expect(body.step.examples.some((e) => e.case.locale === "fr")).toBe(true);
    expect(body.step.views.every((v) => v.count > 0)).toBe(true);
    expect(body.translation.reviewed).toBe(false);
  }, 60_000);
});
