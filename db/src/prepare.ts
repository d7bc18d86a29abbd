/** Opens, migrates and seeds a database: what `npm start` and every test database go through. */
import { type Database, type DatabaseConfig, openDatabase } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import type { AtlasData } from "./seed/data-files.ts";
import { type SeedResult, seedDatabase } from "./seed/seed.ts";

export async function prepareDatabase(
  config: DatabaseConfig,
  options: { data?: AtlasData } = {},
): Promise<{ db: Database; seed: SeedResult }> {
  const db = await openDatabase(config);
  await migrateDatabase(db);
  const seed = await seedDatabase(db, options);
  return { db, seed };
}
