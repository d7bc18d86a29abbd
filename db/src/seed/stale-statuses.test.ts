import { describe, expect, it } from "vitest";
import { fixtureFiles, toAtlasData } from "../testing/fixture.ts";
import { findStaleStatuses, formatStaleStatus } from "./stale-statuses.ts";

describe("findStaleStatuses", () => {
  const files = fixtureFiles();
  Object.assign(files.cases[0] as object, { statusYear: 2021, statusSource: "src-a" });
  Object.assign(files.cases[1] as object, { statusYear: 2015 });
  const data = toAtlasData(files);

  it("lists active, planned and suspended statuses reported more than three years ago, oldest first", () => {
    expect(findStaleStatuses(data, 2026).map(formatStaleStatus)).toEqual([
      'data/currencies/puma.json: record "puma": active as last reported in 2019',
      'data/cases/seville-care.json: record "seville-care": active as last reported in 2021 (source "src-a")',
    ]);
  });

  it("keeps a status reported three years ago or less, and never lists an ended one", () => {
    expect(findStaleStatuses(data, 2023).map((s) => s.record)).toEqual(["puma"]);
    expect(findStaleStatuses(data, 2022)).toEqual([]);
    expect(findStaleStatuses(data, 2100).map((s) => s.record)).not.toContain("tunis-housing");
  });
});
