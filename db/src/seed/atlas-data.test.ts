import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing/fixture.ts";
import { readAtlasData } from "./data-files.ts";

describe("the curated data in data/", () => {
  it("parses against its schemas with every reference resolved", async () => {
    await expect(readAtlasData()).resolves.toBeDefined();
  });

  it("seeds a fresh database within its constraints", async () => {
    const data = await readAtlasData();
    const db = await openTestDatabase(data);
    const { rows } = await db.$client.execute("SELECT count(*) AS n FROM cases");
    expect(rows[0]?.n).toBe(data.cases.length);
  });
});
