/** Applies the committed drizzle-kit migrations, the FTS5 and R*Tree indexes included. */

import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { Database } from "./client.ts";
import { readSchemaStatus } from "./schema-status.ts";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * Migrates to the latest schema. Two processes starting at once on one file both find the same
 * migrations pending; the first to take the write lock applies them and the other's batch fails
 * (its tables exist by then), which is fine when a second look finds the schema current.
 */
export async function migrateDatabase(db: Database): Promise<void> {
  try {
    await migrate(db, { migrationsFolder });
  } catch (error) {
    if ((await readSchemaStatus(db.$client)).state !== "current") throw error;
  }
}
