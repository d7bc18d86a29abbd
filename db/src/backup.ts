/**
 * Backups of an embedded database, online: `VACUUM INTO` writes a transactionally consistent,
 * compacted copy while the servers keep reading and writing (copying the file and its WAL during
 * writes is never safe). The copy is checked (`PRAGMA integrity_check`, a known schema) before it
 * gets its final name, with a SHA-256 sidecar in `sha256sum` format beside it.
 */
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { createClient } from "@libsql/client";
import { type Database, isLocalFile } from "./client.ts";
import { readSchemaStatus, type SchemaStatus } from "./schema-status.ts";

export interface BackupResult {
  file: string;
  bytes: number;
  sha256: string;
  /** The latest migration in the copy. */
  migration: string | undefined;
  durationMs: number;
}

export class BackupError extends Error {}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export const checksumFile = (file: string) => `${file}.sha256`;

/**
 * Opens a database file on its own and checks it: SQLite's integrity check, then which migration it
 * is at. Throws BackupError, saying why, for a file that is corrupt or not an atlas database.
 */
export async function verifyDatabaseFile(file: string): Promise<SchemaStatus> {
  const client = createClient({ url: `file:${file}` });
  try {
    const check = await client.execute("PRAGMA integrity_check");
    const result = check.rows.map((row) => String(row[0]));
    if (result.join() !== "ok")
      throw new BackupError(`${file} fails the integrity check: ${result.slice(0, 5).join("; ")}`);
    const status = await readSchemaStatus(client);
    if (status.state === "empty") throw new BackupError(`${file} holds no migrated atlas database`);
    return status;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} cannot be read as a database: ${error instanceof Error ? error.message : error}`);
  } finally {
    client.close();
  }
}

/** Writes a checked copy of the database to `file` (which must not exist yet) and its checksum beside it. */
export async function backupDatabase(db: Database, databaseUrl: string, file: string): Promise<BackupResult> {
  if (!isLocalFile(databaseUrl)) {
    throw new BackupError(
      "VACUUM INTO writes on the database's own host: back up a libSQL server or Turso with its own tools (docs/deploy.md)",
    );
  }
  const target = resolve(file);
  if (existsSync(target)) throw new BackupError(`${target} exists already; backups never overwrite`);
  const started = performance.now();
  const partial = `${target}.partial-${process.pid}`;
  try {
    await db.$client.execute({ sql: "VACUUM INTO ?", args: [partial] });
    const status = await verifyDatabaseFile(partial);
    const sha256 = await sha256File(partial);
    await rename(partial, target);
    await writeFile(checksumFile(target), `${sha256}  ${basename(target)}\n`);
    return {
      file: target,
      bytes: (await stat(target)).size,
      sha256,
      migration: status.applied?.tag,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    await rm(partial, { force: true });
  }
}
