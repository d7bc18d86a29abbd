import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
