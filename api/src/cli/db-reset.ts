/** `npm run db:reset`: deletes the embedded database file and rebuilds it from data/. */
import { rm } from "node:fs/promises";
import { isLocalFile } from "@atlas/db/client";
import { prepareDatabase } from "@atlas/db/prepare";
import { readEnv } from "../env.ts";

const { DATABASE_URL: url } = readEnv();
if (!isLocalFile(url)) {
  console.error(`db:reset only rebuilds an embedded file database; DATABASE_URL is ${url}.`);
  process.exit(1);
}
const path = url.slice("file:".length);
await Promise.all(["", "-wal", "-shm"].map((suffix) => rm(path + suffix, { force: true })));
const { db } = await prepareDatabase({ url });
db.$client.close();
console.log(`rebuilt ${path} from data/`);
