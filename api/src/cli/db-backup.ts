/**
 * `npm run db:backup [FILE]`: an online, checked copy of the embedded database while servers run,
 * to FILE or to BACKUP_DIR under a name with the time; then BACKUP_DIR is pruned to BACKUP_KEEP.
 * Prints the result as one JSON line (file, bytes, sha256, migration, durationMs).
 */
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { BackupError, backupDatabase } from "@atlas/db/backup";
import { openDatabase } from "@atlas/db/client";
import { readEnv } from "../env.ts";
import { backupFileName, pruneBackups } from "../ops/backups.ts";

const env = readEnv();
const [given] = process.argv.slice(2);
const file = given ? resolve(env.INIT_CWD ?? process.cwd(), given) : join(env.BACKUP_DIR, backupFileName(new Date()));
await mkdir(dirname(file), { recursive: true });
const db = await openDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
try {
  const result = await backupDatabase(db, env.DATABASE_URL, file);
  if (!given) await pruneBackups(env.BACKUP_DIR, env.BACKUP_KEEP);
  console.log(JSON.stringify(result));
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
