import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client.ts";
import { readDataVersion } from "./data-version.ts";
import { migrateDatabase } from "./migrate.ts";
import { readAtlasData } from "./seed/data-files.ts";
import { seedDatabase } from "./seed/seed.ts";
import { seededTables, tempDatabaseUrl, writeDataDir } from "./testing/fixture.ts";

/** The tables whose rows are published data: each must bump the version on insert, update and delete. */
const published = [...seededTables, "journeys"];

describe("readDataVersion", () => {
  it("grows with seeding, stays put when nothing changes", async () => {
    const db = await openDatabase({ url: await tempDatabaseUrl() });
    await migrateDatabase(db);
    const empty = await readDataVersion(db);
    const data = await readAtlasData(await writeDataDir());
    await seedDatabase(db, { data });
    const seeded = await readDataVersion(db);
    expect(seeded).toBeGreaterThan(empty);
    await seedDatabase(db, { data });
    expect(await readDataVersion(db)).toBe(seeded);
    await db.run(sql`UPDATE participations SET note = 'changed' WHERE rowid = (SELECT min(rowid) FROM participations)`);
    expect(await readDataVersion(db)).toBe(seeded + 1);
  });

  it("has a trigger for every change to every published table", async () => {
    const db = await openDatabase({ url: await tempDatabaseUrl() });
    await migrateDatabase(db);
    const rows = await db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'trigger'`);
    const names = new Set(rows.map((r) => r.name));
    for (const table of published) {
      for (const event of ["insert", "update", "delete"]) expect(names).toContain(`${table}_data_version_${event}`);
    }
  });
});
