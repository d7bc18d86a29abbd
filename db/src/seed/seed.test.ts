import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { openDatabase } from "../client.ts";
import { migrateDatabase } from "../migrate.ts";
import { searchMatches, toSearchQuery } from "../search/query.ts";
import { fixtureFiles, seededTables, tempDatabaseUrl, writeDataDir } from "../testing/fixture.ts";
import { readAtlasData } from "./data-files.ts";
import { seedDatabase } from "./seed.ts";

async function dump(db: Database) {
  const out: Record<string, unknown[]> = {};
  for (const table of seededTables) {
    out[table] = (await db.$client.execute(`SELECT rowid AS _rowid, * FROM ${table} ORDER BY 1`)).rows;
  }
  return out;
}

async function freshDatabase() {
  const db = await openDatabase({ url: await tempDatabaseUrl() });
  await migrateDatabase(db);
  return db;
}

describe("seedDatabase", () => {
  it("is idempotent: a second run, even forced, changes nothing", async () => {
    const data = await readAtlasData(await writeDataDir());
    const db = await freshDatabase();
    expect((await seedDatabase(db, { data })).changed).toBe(true);
    const first = await dump(db);
    expect(first.cases).toHaveLength(2);
    expect((await seedDatabase(db, { data })).changed).toBe(false);
    await seedDatabase(db, { data, force: true });
    expect(await dump(db)).toEqual(first);
  });

  it("follows the data: updated, removed and added records", async () => {
    const db = await freshDatabase();
    await seedDatabase(db, { data: await readAtlasData(await writeDataDir()) });
    const files = fixtureFiles();
    files.cases = files.cases.filter((c) => c.id !== "tunis-housing");
    Object.assign(files.cases[0] as object, { title: "Renamed care case" });
    await seedDatabase(db, { data: await readAtlasData(await writeDataDir(files)) });
    const rows = await db.$client.execute("SELECT id, title FROM cases");
    expect(rows.rows.map((r) => [r.id, r.title])).toEqual([["seville-care", "Renamed care case"]]);
    const orphans = await db.$client.execute("SELECT count(*) AS n FROM case_terms WHERE case_id = 'tunis-housing'");
    expect(orphans.rows[0]?.n).toBe(0);
  });

  it("keeps the full-text and spatial indexes in step with the cases", async () => {
    const db = await freshDatabase();
    await seedDatabase(db, { data: await readAtlasData(await writeDataDir()) });
    const match = toSearchQuery("cooperative") ?? "";
    const hit = await db.all<{ id: string }>(sql`SELECT c.id FROM cases c WHERE c.rowid IN (${searchMatches(match)})`);
    expect(hit.map((r) => r.id)).toEqual(["seville-care"]);
    const inBox = await db.all<{ id: string }>(
      sql`SELECT c.id FROM cases_rtree r JOIN cases c ON c.rowid = r.id
          WHERE r.min_lon >= 9 AND r.max_lon <= 11 AND r.min_lat >= 36 AND r.max_lat <= 37`,
    );
    expect(inBox.map((r) => r.id)).toEqual(["tunis-housing"]);
  });

  it("writes nothing when the data breaks a database constraint", async () => {
    const db = await freshDatabase();
    const data = await readAtlasData(await writeDataDir());
    await seedDatabase(db, { data });
    const before = await dump(db);
    // Records changed in code have no file documents: the seed then takes the records themselves.
    const broken = { ...structuredClone(data), documents: undefined };
    broken.cases[0]?.phase.push("not-a-term");
    const second = structuredClone(data.cases[1]);
    if (!second) throw new Error("the fixture has two cases");
    broken.cases.push({ ...second, id: "new-case", title: "New case" });
    await expect(seedDatabase(db, { data: broken })).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});
