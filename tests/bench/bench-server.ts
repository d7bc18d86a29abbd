/**
 * A server for the benches in its own process, so its memory (peak RSS) and event loop are its own:
 * `bench-server.ts <db file>` serves an existing (generated) database as it is, without seeding;
 * `bench-server.ts --seed <db file>` prepares one from data/ like npm start. Builds the list index
 * first (the real server builds it as it starts, see api/src/server.ts), prints how long that took
 * ("list index: N ms"), then its address.
 */
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createApp } from "@atlas/api/app";
import { warmListIndex } from "@atlas/api/list-index";
import { webApp } from "@atlas/api/web-app";
import { createWorkerPool } from "@atlas/api/workers/pool";
import { openDatabase } from "@atlas/db/client";
import { prepareDatabase } from "@atlas/db/prepare";
import { serve } from "@hono/node-server";

const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));
const seed = process.argv[2] === "--seed";
const file = process.argv[seed ? 3 : 2];
if (!file) throw new Error("usage: bench-server.ts [--seed] <db file>");

const url = `file:${file}`;
const db = seed ? (await prepareDatabase({ url })).db : await openDatabase({ url });
const indexing = performance.now();
await warmListIndex(db);
console.log(`list index: ${Math.round(performance.now() - indexing)} ms`);
const app = createApp({ web: existsSync(`${webDist}/index.html`) ? webApp(webDist) : undefined });
// As the real server: the map's cluster index (and network metrics) built on a worker thread.
const workers = createWorkerPool(1);
const server = serve({ fetch: (req, env) => app.fetch(req, { ...env, db, workers }), port: 0, hostname: "127.0.0.1" });
server.once("listening", () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
