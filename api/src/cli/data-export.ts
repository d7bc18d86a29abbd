/**
 * `npm run data:export [-- --into DIR]`: writes the published records of the database (DATABASE_URL)
 * back into data/ as the data files hold them, so that accepted contributions, curators' edits and
 * restores become a reviewable git change. Only changed files are written; files of records gone are
 * removed. Vocabularies and the journey live in the files only and are left as they are.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openDatabase } from "@atlas/db/client";
import { migrateDatabase } from "@atlas/db/migrate";
import { exportDataFiles, writeDataFiles } from "@atlas/db/records/export";
import { readEnv } from "../env.ts";

const repository = fileURLToPath(new URL("../../../", import.meta.url));
const { values } = parseArgs({ options: { into: { type: "string", default: repository } } });
const root = values.into ?? repository;

const env = readEnv();
const db = await openDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
try {
  await migrateDatabase(db);
  const files = await exportDataFiles(db);
  // An empty or unseeded database would otherwise "remove" every record from data/.
  if (![...files.keys()].some((path) => path.startsWith("data/cases/"))) {
    console.error(`${env.DATABASE_URL} holds no published case: nothing exported (run npm start first).`);
    process.exit(1);
  }
  const { written, removed } = await writeDataFiles(root, files);
  console.log(`${files.size} data files: ${written} written, ${removed} removed, in ${join(root, "data")}`);
} finally {
  db.$client.close();
}
