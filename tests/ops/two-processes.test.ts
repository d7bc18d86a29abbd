/**
 * Two API processes on one embedded database file, as behind a load balancer on one host: both
 * start at once (migrating and seeding the same new file), a workshop edit through one reaches an
 * event stream on the other within a second, rate limits count attempts made through either, a
 * curator signed in through one works through the other, and each process's metrics say what it holds.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePrometheusText, sampleValue } from "../../api/src/ops/prometheus-text.ts";
import { type AtlasProcess, call, createWorkshop, openStream, runCli, startAtlas } from "./atlas-process.ts";

/** Server processes start in a few seconds, but in minutes on a machine whose cores are shared. */
const processTimeout = 300_000;

let dir: string;
let env: Record<string, string>;
let a: AtlasProcess;
let b: AtlasProcess;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-two-"));
  env = { DATABASE_URL: `file:${join(dir, "atlas.db")}`, TRUSTED_PROXIES: "1" };
  [a, b] = await Promise.all([startAtlas(env), startAtlas(env)]);
}, processTimeout);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await rm(dir, { recursive: true, force: true });
}, processTimeout);

const scrape = async (atlas: AtlasProcess) => {
  const res = await fetch(`${atlas.url}/metrics`);
  expect(res.status).toBe(200);
  return parsePrometheusText(await res.text());
};

describe("two processes on one database file", () => {
  it(
    "both start on a new file at once and are ready",
    async () => {
      expect((await call(a.url, "GET", "/health/ready")).status).toBe(200);
      expect((await call(b.url, "GET", "/health/ready")).status).toBe(200);
      const [fromA, fromB] = await Promise.all([
        call(a.url, "GET", "/cases?limit=1"),
        call(b.url, "GET", "/cases?limit=1"),
      ]);
      expect(fromA.body.total).toBeGreaterThan(0);
      expect(fromB.body.total).toBe(fromA.body.total);
    },
    processTimeout,
  );

  it(
    "a workshop edit through one reaches a stream on the other within a second",
    async () => {
      const workshop = await createWorkshop(a.url, "192.0.2.41");
      const stream = await openStream(b.url, workshop.id, workshop.secret);
      const delays: number[] = [];
      for (let i = 0; i < 5; i++) {
        const title = `Edit ${i} through the first process`;
        const sent = performance.now();
        const created = await call(a.url, "POST", `/workshops/${workshop.id}/lists/${workshop.listId}/items`, {
          secret: workshop.secret,
          body: { title, phase: "co-design" },
        });
        expect(created.status).toBe(201);
        await stream.until((text) => text.includes(title));
        delays.push(performance.now() - sent);
      }
      expect(Math.max(...delays)).toBeLessThan(1_000);
      const [metricsA, metricsB] = await Promise.all([scrape(a), scrape(b)]);
      expect(sampleValue(metricsB, "atlas_event_streams_open")).toBe(1);
      expect(sampleValue(metricsB, "atlas_workshop_members_online")).toBe(1);
      expect(sampleValue(metricsA, "atlas_event_streams_open")).toBe(0);
      expect(
        sampleValue(metricsA, "atlas_http_requests_total", {
          method: "POST",
          route: "/api/workshops/:id/lists/:listId/items",
          status: "201",
        }),
      ).toBe(5);
      expect(sampleValue(metricsA, "atlas_database_size_bytes")).toBeGreaterThan(0);
      expect(sampleValue(metricsA, "atlas_worker_queue_length")).toBe(0);
      await stream.close();
    },
    processTimeout,
  );

  it(
    "rate limits count the attempts made through either process",
    async () => {
      // Limits count in fixed one-minute windows: a run that straddles a window's end starts over.
      const minute = () => Math.floor(Date.now() / 60_000);
      for (let run = 0; run < 3; run++) {
        const from = `192.0.2.${60 + run}`;
        const startedIn = minute();
        const statuses: number[] = [];
        // 60 join attempts a minute per address: alternate processes, then one more through each.
        for (let i = 0; i < 62; i++) {
          const atlas = i % 2 === 0 ? a : b;
          const body = { code: "ZZZZ-ZZZZ-ZZ", name: "G" };
          statuses.push((await call(atlas.url, "POST", "/workshops/join", { from, body })).status);
        }
        if (minute() !== startedIn) continue;
        expect(statuses.slice(0, 60).every((s) => s !== 429)).toBe(true);
        expect(statuses.slice(60)).toEqual([429, 429]);
        return;
      }
      throw new Error("three runs in a row straddled a minute");
    },
    processTimeout,
  );

  it(
    "a curator signed in through one process reads and writes through the other",
    async () => {
      const added = await runCli("curator", ["add", "--email", "ops@example.org", "--name", "Ops Curator"], env);
      expect(added.code).toBe(0);
      const token = /#token=([\w-]+)/.exec(added.stdout)?.[1] ?? "";
      const password = "a long enough passphrase";
      expect((await call(a.url, "POST", "/accounts/password", { body: { token, password } })).status).toBe(204);
      const login = await fetch(`${a.url}/api/accounts/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.43" },
        body: JSON.stringify({ email: "ops@example.org", password }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const { csrfToken } = (await login.json()) as { csrfToken: string };

      const me = await fetch(`${b.url}/api/accounts/me`, { headers: { cookie } });
      expect(((await me.json()) as { curator: { name: string } | null }).curator?.name).toBe("Ops Curator");
      // A write through the other process, as a browser on the same site behind the balancer sends it.
      const logout = await fetch(`${b.url}/api/accounts/logout`, {
        method: "POST",
        headers: { cookie, origin: b.url, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: "{}",
      });
      expect(logout.status).toBe(204);
      expect((await fetch(`${a.url}/api/accounts/me`, { headers: { cookie } })).status).toBe(401);
    },
    processTimeout,
  );
});
