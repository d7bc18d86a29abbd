/** Opens, migrates and seeds a database: what `npm start` and every test database go through. */
import { type Database, type DatabaseConfig, openDatabase } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import { backfillSearchText } from "./search/backfill.ts";
import type { AtlasData } from "./seed/data-files.ts";
import { type SeedResult, seedDatabase } from "./seed/seed.ts";

export async function prepareDatabase(
  config: DatabaseConfig,
  options: { data?: AtlasData } = {},
): Promise<{ db: Database; seed: SeedResult }> {
  const db = await openDatabase(config);
  await migrateDatabase(db);
  const seed = await seedDatabase(db, options);
  await backfillSearchText(db);
  await optimizeDatabase(db);
  return { db, seed };
}

/**
 * Refreshes the query planner's statistics where they are missing or stale: without them SQLite
 * picks poor plans for the facet and filter queries on large tables (measured in tests/bench).
 * The 0x10002 mask also analyses tables that were never analysed, with a bounded cost.
 * Statistics are an optimisation: when another process holds the write lock past the busy timeout
 * (a second server seeding the same new file at start), the start goes on without them and the next
 * start refreshes them; failing the start would be worse.
 */
export async function optimizeDatabase(db: Database): Promise<boolean> {
  try {
    await db.$client.execute("PRAGMA optimize=0x10002");
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  }
}

const isBusy = (error: unknown) =>
  error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_BUSY");
