/**
 * Every released schema version migrates to the current one with its data: each fixture in
 * db/fixtures (written by `npm run db:fixture` with the code of its version, a workshop included) is
 * migrated, checked, and seeded again as a start after an upgrade would.
 */
import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Client } from "@libsql/client";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client.ts";
import { readDataVersion } from "./data-version.ts";
import { migrateDatabase } from "./migrate.ts";
import { readSchemaStatus, shippedMigrations } from "./schema-status.ts";
import { backfillSearchText } from "./search/backfill.ts";
import { searchMatches, toSearchQuery } from "./search/query.ts";
import { readAtlasData } from "./seed/data-files.ts";
import { seedDatabase } from "./seed/seed.ts";
import { writeDataDir } from "./testing/fixture.ts";

const fixtures = fileURLToPath(new URL("../fixtures", import.meta.url));
const files = (await readdir(fixtures)).filter((f) => f.endsWith(".db")).sort();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-migrations-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Row counts of the database's own tables (not SQLite's, nor the search indexes' shadow tables). */
async function rowCounts(client: Client): Promise<Record<string, number>> {
  const tables = await client.execute(
    `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name NOT LIKE '%fts%' AND name NOT LIKE '%rtree%' AND sql NOT LIKE 'CREATE VIRTUAL%'
       AND NOT EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.sql LIKE 'CREATE VIRTUAL%'
         AND substr(sqlite_schema.name, 1, length(v.name) + 1) = v.name || '_')`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await client.execute(`SELECT count(*) AS n FROM "${String(name)}"`);
    counts[String(name)] = Number(result.rows[0]?.n);
  }
  return counts;
}

describe("migrations from every released schema version", () => {
  it("have a fixture for the latest migration (after adding one: npm run db:fixture)", () => {
    expect(files).toContain(`${shippedMigrations().at(-1)?.tag}.db`);
  });

  it.each(files)("%s migrates to the current schema, keeping its data", async (file) => {
    const copy = join(dir, file);
    await copyFile(join(fixtures, file), copy);
    const db = await openDatabase({ url: `file:${copy}` });
    try {
      const before = await readSchemaStatus(db.$client);
      expect(before.applied?.tag).toBe(file.replace(/\.db$/, ""));
      const counts = await rowCounts(db.$client);
      expect(counts.cases).toBeGreaterThan(0);

      await migrateDatabase(db);
      expect((await readSchemaStatus(db.$client)).state).toBe("current");
      expect((await db.$client.execute("PRAGMA integrity_check")).rows[0]?.[0]).toBe("ok");
      expect((await db.$client.execute("PRAGMA foreign_key_check")).rows).toEqual([]);
      const after = await rowCounts(db.$client);
      for (const [table, n] of Object.entries(counts)) {
        if (table === "__drizzle_migrations") continue;
        expect({ table, rows: after[table] }).toEqual({ table, rows: n });
      }
      // After a start's backfill the search index finds the fixture's cases, and the start seeds cleanly.
      await backfillSearchText(db);
      const found = await db.all<{ n: number }>(
        sql`SELECT count(*) AS n FROM (${searchMatches(toSearchQuery("care") ?? "")})`,
      );
      expect(Number(found[0]?.n)).toBeGreaterThan(0);
      await seedDatabase(db, { data: await readAtlasData(await writeDataDir()) });
      expect(await readDataVersion(db)).toBeGreaterThan(0);
    } finally {
      db.$client.close();
    }
  });
});
