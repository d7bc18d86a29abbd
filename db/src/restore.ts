/**
 * Restores an embedded database from a backup, refusing anything it cannot vouch for: a checksum
 * that does not match, a file SQLite finds corrupt, or a schema newer than this code (restore with
 * the version that wrote it, or upgrade first). The file it replaces is kept beside it, renamed.
 * The servers must be stopped: a process holding the old file open would go on using it.
 */
import { existsSync } from "node:fs";
import { copyFile, readFile, rename, rm } from "node:fs/promises";
import { createClient } from "@libsql/client";
import { BackupError, checksumFile, sha256File, verifyDatabaseFile } from "./backup.ts";

export interface RestoreResult {
  /** Where the replaced database now is, when there was one. */
  replaced: string | undefined;
  migration: string | undefined;
  /** The restored file's schema is older than this code's: the next start migrates it. */
  needsMigration: boolean;
}

async function checkChecksum(file: string): Promise<void> {
  if (!existsSync(checksumFile(file))) return;
  const expected = (await readFile(checksumFile(file), "utf8")).split(/\s+/)[0];
  const actual = await sha256File(file);
  if (expected !== actual) throw new BackupError(`${file} does not match its checksum (${checksumFile(file)})`);
}

/**
 * Folds the WAL of the database about to be replaced into its file, so the kept copy is whole on
 * its own; a busy checkpoint means another connection is reading or writing it.
 */
async function checkpointIdle(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}` });
  try {
    const result = await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    if (Number(result.rows[0]?.[0]) !== 0) {
      throw new BackupError(`${file} is in use: stop every server using it before restoring`);
    }
  } finally {
    client.close();
  }
}

export async function restoreDatabase(from: string, to: string, now = new Date()): Promise<RestoreResult> {
  if (!existsSync(from)) throw new BackupError(`no backup at ${from}`);
  await checkChecksum(from);
  const incoming = `${to}.restoring-${process.pid}`;
  await copyFile(from, incoming);
  try {
    const status = await verifyDatabaseFile(incoming);
    if (status.state === "ahead") {
      throw new BackupError(
        `${from} has a newer schema than this version knows (its latest migration is not ${status.expected.tag} or older): restore it with the version that wrote it`,
      );
    }
    let replaced: string | undefined;
    if (existsSync(to)) {
      await checkpointIdle(to);
      replaced = `${to}.replaced-${now.toISOString().replace(/[:.]/g, "-")}`;
      await rename(to, replaced);
      await Promise.all([rm(`${to}-wal`, { force: true }), rm(`${to}-shm`, { force: true })]);
    }
    await rename(incoming, to);
    return { replaced, migration: status.applied?.tag, needsMigration: status.state === "behind" };
  } finally {
    await rm(incoming, { force: true });
  }
}
