/**
 * `npm run db:restore FILE`: replaces the embedded database with a backup, with every server
 * stopped. Refuses a file whose checksum does not match, that SQLite finds corrupt, or whose schema
 * is newer than this version; keeps the replaced file beside it. The next start migrates an older one.
 */
import { resolve } from "node:path";
import { BackupError } from "@atlas/db/backup";
import { isLocalFile } from "@atlas/db/client";
import { restoreDatabase } from "@atlas/db/restore";
import { readEnv } from "../env.ts";

const env = readEnv();
const [given] = process.argv.slice(2);
if (!given) {
  console.error("usage: npm run db:restore FILE");
  process.exit(2);
}
if (!isLocalFile(env.DATABASE_URL)) {
  console.error(`db:restore replaces an embedded file; DATABASE_URL is ${env.DATABASE_URL} (see docs/deploy.md).`);
  process.exit(1);
}
try {
  const result = await restoreDatabase(resolve(env.INIT_CWD ?? process.cwd(), given), env.DATABASE_URL.slice(5));
  console.log(JSON.stringify(result));
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
}
