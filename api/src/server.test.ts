import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv } from "./env.ts";
import { createLogger } from "./ops/log.ts";
import { type RunningServer, startServer } from "./server.ts";

// The real Node server: what it writes on the raw response before the app runs.
describe("the Node server", () => {
  let dir: string;
  let server: RunningServer;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "atlas-server-"));
    const env = readEnv({ PORT: "0", DATABASE_URL: `file:${join(dir, "atlas.db")}`, WEB_DIST: join(dir, "no-web") });
    const logger = createLogger({ level: "debug", write: (line) => lines.push(JSON.parse(line)) });
    server = await startServer(env, logger);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("gives every answer a request id, the one logged, keeping a proxy's well-formed one", async () => {
    const fresh = await fetch(`${server.url}/api/health`);
    const id = fresh.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${server.url}/api/cases`, { headers: { "x-request-id": "nginx-0123456789abcdef" } });
    expect(kept.headers.get("x-request-id")).toBe("nginx-0123456789abcdef");
    const replaced = await fetch(`${server.url}/api/health`, { headers: { "x-request-id": "<script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.filter((l) => l.msg === "request").map((l) => l.requestId);
    expect(logged).toEqual(expect.arrayContaining([id, "nginx-0123456789abcdef"]));
  });

  it("writes the security headers, and Content-Language only on answers that hold words", async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    expect(health.headers.get("content-language")).toBeNull();
    const cases = await fetch(`${server.url}/api/cases?lang=fr`);
    expect(cases.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(cases.headers.get("content-language")).toBe("fr");
  });

  // GET /api/health, /api/health/live and /api/config are sent by the Node server from answers built
  // once (http/constant-answers.ts); with a query string the same request goes through Hono.
  it("sends the constant answers exactly as the app does, each with its own request id, logged", async () => {
    const headersOf = (res: Response) =>
      Object.fromEntries([...res.headers].filter(([name]) => name !== "date" && name !== "x-request-id"));
    for (const path of ["/api/health", "/api/health/live", "/api/config"]) {
      const fast = await fetch(`${server.url}${path}`, { headers: { "x-request-id": "probe-0123456789" } });
      const viaApp = await fetch(`${server.url}${path}?via=app`);
      expect(fast.status).toBe(200);
      expect(await fast.text()).toBe(await viaApp.text());
      expect(headersOf(fast)).toEqual(headersOf(viaApp));
      expect(fast.headers.get("x-request-id")).toBe("probe-0123456789");
      expect(viaApp.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
    const config = lines.filter((l) => l.msg === "request" && l.route === "/api/config");
    expect(config).toHaveLength(2);
    expect(config[0]).toMatchObject({ level: "info", requestId: "probe-0123456789", method: "GET", status: 200 });
    expect(lines.find((l) => l.route === "/api/health/live")).toMatchObject({ level: "debug", status: 200 });
    // Anything but a plain GET of the exact path is the app's: HEAD, other methods.
    const head = await fetch(`${server.url}/api/config`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await fetch(`${server.url}/api/health`, { method: "POST" })).status).toBe(405);
  });

  // The first visitor after a start (a deploy, a restart) finds the unfiltered map's index built.
  it("builds the map's cluster index as it starts, so a first map view builds nothing", async () => {
    await vi.waitFor(() => expect(lines.find((l) => l.msg === "map index ready")).toBeDefined(), {
      timeout: 60_000,
      interval: 50,
    });
    const builds = async () => {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      const line = text
        .split("\n")
        .find((l) => l.startsWith("atlas_worker_task_duration_seconds_count{") && l.includes('kind="map-index"'));
      return line;
    };
    expect(await builds()).toMatch(/outcome="done"\} 1$/);
    const view = await fetch(`${server.url}/api/cases/clusters?zoom=3&view=-45,0,90,67.5`);
    expect(view.status).toBe(200);
    expect(((await view.json()) as { total: number }).total).toBeGreaterThan(0);
    expect(await builds()).toMatch(/outcome="done"\} 1$/);
    // Another filter is another index, built on demand, and counted.
    expect((await fetch(`${server.url}/api/cases/clusters?zoom=3&view=-45,0,90,67.5&country=ES`)).status).toBe(200);
    expect(await builds()).toMatch(/outcome="done"\} 2$/);
  });

  it("builds the list index as it starts, so a first search or box needn't wait for SQL", async () => {
    await vi.waitFor(() => expect(lines.find((l) => l.msg === "list index ready")).toBeDefined(), {
      timeout: 60_000,
      interval: 50,
    });
  });
});
