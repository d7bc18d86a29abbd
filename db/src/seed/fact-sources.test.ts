import { describe, expect, it } from "vitest";
import { type FixtureFiles, fixtureFiles, toAtlasData } from "../testing/fixture.ts";
import { formatProblem } from "./data-files.ts";
import { checkFactSources } from "./fact-sources.ts";

function problemsOf(edit: (files: FixtureFiles) => void): string[] {
  const files = fixtureFiles();
  edit(files);
  return checkFactSources(toAtlasData(files)).map(formatProblem);
}

/** The fixture with every fact sourced, so each test changes one thing. */
function sourced(files: FixtureFiles) {
  Object.assign(files.cases[0] as object, { startSource: "src-a", statusYear: 2020, statusSource: "src-a" });
  Object.assign(files.cases[1] as object, { startSource: "src-b", statusYear: 2023, statusSource: "src-b" });
  Object.assign(files.cases[1] as object, { endSource: "src-b" });
  Object.assign(files.currencies[0] as object, { launchSource: "src-b", statusSource: "src-b" });
}

describe("checkFactSources", () => {
  it("passes records whose every year, status and text names a source they cite", () => {
    expect(
      problemsOf((f) => {
        sourced(f);
        Object.assign(f.cases[0] as object, { outcomes: "40 homes.", outcomesSources: ["src-a"] });
      }),
    ).toEqual([]);
  });

  it("names each fact that has no source", () => {
    const problems = problemsOf((f) => {
      sourced(f);
      Object.assign(f.cases[0] as object, { startSource: undefined, outcomes: "40 homes." });
      Object.assign(f.currencies[0] as object, { statusSource: undefined });
    });
    expect(problems).toEqual([
      'data/cases/seville-care.json: record "seville-care", field "startYear": needs its source: name it in startSource',
      'data/cases/seville-care.json: record "seville-care", field "outcomes": needs its source: name it in outcomesSources',
      'data/currencies/puma.json: record "puma", field "status": needs its source: name it in statusSource',
    ]);
  });

  it("asks for the year a status was reported, and for a source the record cites", () => {
    const problems = problemsOf((f) => {
      sourced(f);
      Object.assign(f.cases[0] as object, { statusYear: undefined, startSource: "src-b" });
    });
    expect(problems).toEqual([
      'data/cases/seville-care.json: record "seville-care", field "startSource": "src-b" must also be listed in the record\'s sources',
      'data/cases/seville-care.json: record "seville-care", field "statusYear": a status and the year it was reported go together',
    ]);
  });

  it("reports a source named for a fact that is empty", () => {
    const problems = problemsOf((f) => {
      sourced(f);
      Object.assign(f.cases[0] as object, { endSource: "src-a" });
    });
    expect(problems).toEqual([
      'data/cases/seville-care.json: record "seville-care", field "endSource": names a source for endYear, which is empty',
    ]);
  });
});
