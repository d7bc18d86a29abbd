/**
 * `npm run db:reset [-- --force]`: deletes the embedded database file and rebuilds it from data/.
 * Contributions, curators' edits and curator accounts live in the database only, so a database that
 * holds any is kept unless --force says to lose them (`npm run data:export` writes the records first).
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isLocalFile, openDatabase } from "@atlas/db/client";
import { prepareDatabase } from "@atlas/db/prepare";
import { readEnv } from "../env.ts";

const { values } = parseArgs({ options: { force: { type: "boolean", default: false } } });
const { DATABASE_URL: url } = readEnv();
if (!isLocalFile(url)) {
  console.error(`db:reset only rebuilds an embedded file database; DATABASE_URL is ${url}.`);
  process.exit(1);
}
const path = url.slice("file:".length);
if (!values.force && existsSync(path)) {
  const held = await peopleChanges(url);
  if (held > 0) {
    console.error(
      `${path} holds ${held} change(s) made by people (contributions, curators' edits, curator accounts) ` +
        "that data/ does not have. Run `npm run data:export` to write the published records into data/, " +
        "then `npm run db:reset -- --force` to rebuild anyway.",
    );
    process.exit(1);
  }
}
await Promise.all(["", "-wal", "-shm"].map((suffix) => rm(path + suffix, { force: true })));
const { db } = await prepareDatabase({ url });
db.$client.close();
console.log(`rebuilt ${path} from data/`);

/** Revisions other than the seed's, proposals and curators: what a rebuild would lose. */
async function peopleChanges(databaseUrl: string): Promise<number> {
  const db = await openDatabase({ url: databaseUrl });
  try {
    const result = await db.$client.execute(`SELECT
      (SELECT count(*) FROM record_revisions WHERE action <> 'seed') +
      (SELECT count(*) FROM proposals WHERE channel <> 'data') + (SELECT count(*) FROM curators) AS n`);
    return Number(result.rows[0]?.n ?? 0);
  } catch {
    return 0; // a database from before contributions existed (no such tables) holds none
  } finally {
    db.$client.close();
  }
}
