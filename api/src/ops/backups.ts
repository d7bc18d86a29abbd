/**
 * Backups in BACKUP_DIR: named by time, pruned to BACKUP_KEEP, and taken every BACKUP_EVERY by the
 * running servers. With several processes on one file, each checks on a short tick and the first to
 * claim a lock file in the folder takes the backup; the others then find it fresh.
 */
import { mkdir, open, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { type BackupResult, backupDatabase, checksumFile } from "@atlas/db/backup";
import type { Database } from "@atlas/db/client";
import type { Logger } from "./log.ts";

const pattern = /^atlas-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/;
/** A claim older than this was left by a process that died mid-backup. */
const staleClaimMs = 30 * 60_000;

export const backupFileName = (at: Date) => `atlas-${at.toISOString().replace(/[:.]/g, "-")}.db`;

/** The backups in a folder, newest first (names sort by time). */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => pattern.test(n))
    .sort()
    .reverse()
    .map((n) => join(dir, n));
}

/** When the newest backup in the folder was written, if there is one. */
export async function lastBackupTime(dir: string): Promise<Date | undefined> {
  const [newest] = await listBackups(dir);
  return newest ? (await stat(newest)).mtime : undefined;
}

/** Deletes all but the newest `keep` backups, with their checksums; answers what was deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const old = (await listBackups(dir)).slice(keep);
  await Promise.all(old.flatMap((file) => [rm(file, { force: true }), rm(checksumFile(file), { force: true })]));
  return old;
}

/** Runs `task` unless another process holds the folder's claim; a stale claim is taken over. */
async function withClaim<T>(dir: string, task: () => Promise<T>): Promise<T | undefined> {
  const claim = join(dir, ".backup-claim");
  const age = await stat(claim).then(
    (s) => Date.now() - s.mtimeMs,
    () => undefined,
  );
  if (age !== undefined && age > staleClaimMs) await rm(claim, { force: true });
  const handle = await open(claim, "wx").catch(() => undefined);
  if (!handle) return undefined;
  try {
    await handle.write(String(process.pid));
    return await task();
  } finally {
    await handle.close();
    await rm(claim, { force: true });
  }
}

export interface BackupSchedule {
  dir: string;
  everyMs: number;
  keep: number;
}

/** Takes a backup when the newest one is `everyMs` old; answers it, or undefined when none was due. */
export async function backupIfDue(
  db: Database,
  databaseUrl: string,
  schedule: BackupSchedule,
  now = new Date(),
): Promise<BackupResult | undefined> {
  await mkdir(schedule.dir, { recursive: true });
  const last = await lastBackupTime(schedule.dir);
  if (last && now.getTime() - last.getTime() < schedule.everyMs) return undefined;
  return withClaim(schedule.dir, async () => {
    const latest = await lastBackupTime(schedule.dir);
    if (latest && now.getTime() - latest.getTime() < schedule.everyMs) return undefined;
    const result = await backupDatabase(db, databaseUrl, join(schedule.dir, backupFileName(now)));
    await pruneBackups(schedule.dir, schedule.keep);
    return result;
  });
}

/** Checks for a due backup on a tick of at most a minute; answers a stop that waits for a running one. */
export function scheduleBackups(db: Database, databaseUrl: string, schedule: BackupSchedule, logger: Logger) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = backupIfDue(db, databaseUrl, schedule).then(
      (result) => {
        if (result) logger.info("backup written", { ...result });
      },
      (error: unknown) => logger.error("backup failed", { dir: schedule.dir }, error),
    );
  };
  const timer = setInterval(tick, Math.min(60_000, Math.max(1_000, schedule.everyMs / 10)));
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
