/**
 * The one place that opens a database. An embedded SQLite file by default, or a libSQL server /
 * Turso when the URL says so; nothing else in the code knows which one it talks to.
 */

import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { registerHotReader } from "./hot-reads.ts";
import * as schema from "./schema.ts";

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };

export interface DatabaseConfig {
  /** `file:path/to.db`, `libsql://…`, `http(s)://…` or `ws(s)://…`. */
  url: string;
  authToken?: string;
}

/** The default embedded database: var/atlas.db at the repository root (git-ignored). */
export const defaultDatabaseUrl = `file:${fileURLToPath(new URL("../../var/atlas.db", import.meta.url))}`;

export function isLocalFile(url: string): boolean {
  return url.startsWith("file:");
}

/** Opens the database, creating the folder of a local file, with WAL and foreign keys on. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (isLocalFile(config.url)) await mkdir(dirname(config.url.slice("file:".length)), { recursive: true });
  const client = createClient({ url: config.url, authToken: config.authToken });
  if (isLocalFile(config.url)) {
    // busy_timeout makes a second process wait for the write lock instead of failing at once, so it
    // comes first: switching a new file to WAL needs that lock too, and two processes starting on one
    // new file at once failed with SQLITE_BUSY there (ops/two-processes.test.ts, under load).
    // WAL lets readers run while the seed or a workshop write commits.
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute("PRAGMA journal_mode = WAL");
  }
  await client.execute("PRAGMA foreign_keys = ON");
  const db = drizzle(client, { schema }) as Database;
  if (isLocalFile(config.url)) {
    // The hot-read connection closes with the client, so every caller keeps closing one thing.
    const hot = registerHotReader(db, config.url.slice("file:".length));
    const close = client.close.bind(client);
    client.close = () => {
      hot.close();
      close();
    };
  }
  return db;
}
