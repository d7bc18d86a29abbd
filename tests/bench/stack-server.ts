/**
 * A server for the stack bench, in its own process so the load generator does not share its event
 * loop: `bare` is a node:http JSON hello (the floor), `app` the real server on a fresh seeded database.
 * Prints its address on the first line of stdout.
 */
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEnv } from "@atlas/api/env";
import { startServer } from "@atlas/api/server";

const kind = process.argv[2];

if (kind === "bare") {
  const body = JSON.stringify({ status: "ok" });
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  server.listen(0, "127.0.0.1", () => {
    console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
} else if (kind === "app") {
  const dir = await mkdtemp(join(tmpdir(), "atlas-stack-"));
  const env = readEnv({ PORT: "0", DATABASE_URL: `file:${join(dir, "stack.db")}`, WEB_DIST: join(dir, "no-web") });
  const server = await startServer(env);
  console.log(server.url);
} else {
  throw new Error("usage: stack-server.ts bare|app");
}
