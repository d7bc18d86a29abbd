/**
 * SIGTERM, as systemd or a deploy sends it: readiness fails, no new connections, a request in
 * flight still gets its answer, event streams end with a reconnect hint, the WAL is folded into the
 * database file, and the process exits 0.
 */
import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeededDatabase } from "../e2e/seeded-copy.ts";
import { type AtlasProcess, call, createWorkshop, openStream, startAtlas } from "./atlas-process.ts";

/** Server processes start in a few seconds, but in minutes on a machine whose cores are shared. */
const processTimeout = 300_000;

let dir: string;
let atlas: AtlasProcess;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-shutdown-"));
  atlas = await startAtlas({ DATABASE_URL: `file:${await copySeededDatabase(dir)}`, TRUSTED_PROXIES: "1" });
}, processTimeout);
afterAll(async () => {
  await atlas.stop("SIGKILL");
  await rm(dir, { recursive: true, force: true });
}, processTimeout);

/** A POST whose body is sent in two parts, so the request is in flight until `finish` is called. */
function slowPost(url: string, path: string, secret: string, body: unknown) {
  const text = JSON.stringify(body);
  const target = new URL(`/api${path}`, url);
  let resolveAnswer: (answer: { status: number; body: string }) => void = () => {};
  const answer = new Promise<{ status: number; body: string }>((resolve) => (resolveAnswer = resolve));
  const req = request(
    target,
    {
      method: "POST",
      headers: {
        authorization: `Bearer ${secret}`,
        "content-type": "application/json",
        "content-length": Buffer.byteLength(text),
      },
    },
    (res) => {
      let received = "";
      res.on("data", (chunk: Buffer) => {
        received += chunk.toString();
      });
      res.on("end", () => resolveAnswer({ status: res.statusCode ?? 0, body: received }));
    },
  );
  const half = Math.floor(text.length / 2);
  req.write(text.slice(0, half));
  return { answer, finish: () => req.end(text.slice(half)) };
}

describe("SIGTERM", () => {
  it(
    "drains: in-flight requests finish, streams get a reconnect hint, the WAL is checkpointed",
    async () => {
      const workshop = await createWorkshop(atlas.url, "192.0.2.31");
      const stream = await openStream(atlas.url, workshop.id, workshop.secret);
      expect((await call(atlas.url, "GET", "/health/ready")).status).toBe(200);
      const inFlight = slowPost(
        atlas.url,
        `/workshops/${workshop.id}/lists/${workshop.listId}/items`,
        workshop.secret,
        {
          title: "Sent while the server stops",
          phase: "co-design",
        },
      );
      // The server has the request once its headers are parsed; a first request on a new connection
      // shows that its accept queue is drained.
      await call(atlas.url, "GET", "/health/live");

      atlas.child.kill("SIGTERM");
      await atlas.waitForLog((l) => l.msg === "shutting down");
      await stream.finished;
      expect(stream.text).toMatch(/retry: \d+\n: server restarting, reconnect\n\n$/);
      await expect(fetch(`${atlas.url}/api/health/live`)).rejects.toThrow();

      inFlight.finish();
      const answer = await inFlight.answer;
      expect(answer.status).toBe(201);
      expect(JSON.parse(answer.body)).toMatchObject({ title: "Sent while the server stops" });

      expect(await atlas.stop()).toBe(0);
      expect(atlas.logs.map((l) => l.msg)).toContain("stopped");
      const wal = join(dir, "atlas.db-wal");
      expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    },
    processTimeout,
  );
});
