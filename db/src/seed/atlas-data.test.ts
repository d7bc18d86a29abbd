import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing/fixture.ts";
import { readCountryBoundaries } from "./country-boundaries.ts";
import { formatProblem, readAtlasData } from "./data-files.ts";
import { checkDataQuality } from "./data-quality.ts";

describe("the curated data in data/", () => {
  it("parses against its schemas with every reference resolved", async () => {
    await expect(readAtlasData()).resolves.toBeDefined();
  });

  it("places every point in its country, meets the coverage targets, has every label and cites each page once", async () => {
    const problems = checkDataQuality(await readAtlasData(), await readCountryBoundaries());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("seeds a fresh database within its constraints", async () => {
    const data = await readAtlasData();
    const db = await openTestDatabase(data);
    const { rows } = await db.$client.execute("SELECT count(*) AS n FROM cases");
    expect(rows[0]?.n).toBe(data.cases.length);
  });
});
