import { describe, expect, it } from "vitest";
import { testApp } from "../testing.ts";
import { createLogger } from "./log.ts";
import { createMetrics } from "./metrics.ts";
import { parsePrometheusText, sampleValue } from "./prometheus-text.ts";

async function loggedApp() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: "debug", write: (line) => lines.push(JSON.parse(line)) });
  const metrics = createMetrics({ processMetrics: false });
  const t = await testApp({ logger, metrics, metricsToken: "scrape-me" });
  return { ...t, lines, metrics };
}

const scrape = async (t: Awaited<ReturnType<typeof loggedApp>>) => {
  const res = await t.request("/metrics", { headers: { authorization: "Bearer scrape-me" } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/plain");
  return parsePrometheusText(await res.text());
};

describe("request logs", () => {
  it("are one JSON line per request with its id, method, route pattern, status and duration", async () => {
    const t = await loggedApp();
    const res = await t.request("/api/cases/seville-care?lang=fr");
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.lines).toHaveLength(1);
    expect(t.lines[0]).toMatchObject({ level: "info", msg: "request", requestId: id, method: "GET" });
    expect(t.lines[0]).toMatchObject({ route: "/api/cases/:id", status: 200 });
    expect(t.lines[0]?.durationMs).toBeTypeOf("number");
    expect(JSON.stringify(t.lines)).not.toContain("seville-care");
  });

  it("keep a proxy's well-formed request id and replace anything else", async () => {
    const t = await loggedApp();
    const kept = await t.request("/api/health", { headers: { "x-request-id": "nginx-0123456789abcdef" } });
    expect(kept.headers.get("x-request-id")).toBe("nginx-0123456789abcdef");
    const replaced = await t.request("/api/health", { headers: { "x-request-id": "<script>" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("never carry tokens, secrets or addresses from the query, headers or body", async () => {
    const t = await loggedApp();
    await t.request("/api/workshops/w1/events?token=stream-token-secret", {}, "198.51.100.7");
    await t.request(
      "/api/workshops/join",
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer member-secret" },
        body: JSON.stringify({ code: "JOIN-CODE-1", name: "Amina Personal" }),
      },
      "198.51.100.7",
    );
    const text = JSON.stringify(t.lines);
    for (const secret of ["stream-token-secret", "member-secret", "JOIN-CODE-1", "Amina", "198.51.100.7", "w1"]) {
      expect(text).not.toContain(secret);
    }
    expect(t.lines.map((l) => l.route)).toEqual(["/api/workshops/:id/events", "/api/workshops/join"]);
  });

  it("log an unexpected failure as an error with its stack, and answer the API's 500", async () => {
    const t = await loggedApp();
    t.db.$client.close();
    const res = await t.request("/api/cases");
    expect(res.status).toBe(500);
    expect(t.lines.at(-1)).toMatchObject({ level: "error", msg: "request failed", route: "/api/cases", status: 500 });
    expect(t.lines.at(-1)?.errStack).toContain("at ");
  });
});

describe("GET /metrics", () => {
  it("counts requests and their latency per route pattern and status, in the Prometheus text format", async () => {
    const t = await loggedApp();
    await t.request("/api/cases/seville-care");
    await t.request("/api/cases/none");
    await t.request("/api/cases/seville-care");
    const samples = await scrape(t);
    const labels = { method: "GET", route: "/api/cases/:id" };
    expect(sampleValue(samples, "atlas_http_requests_total", { ...labels, status: "200" })).toBe(2);
    expect(sampleValue(samples, "atlas_http_requests_total", { ...labels, status: "404" })).toBe(1);
    expect(sampleValue(samples, "atlas_http_request_duration_seconds_count", { ...labels, status: "200" })).toBe(2);
    expect(
      sampleValue(samples, "atlas_http_request_duration_seconds_bucket", { ...labels, status: "200", le: "+Inf" }),
    ).toBe(2);
  });

  it("reads its gauges at scrape time", async () => {
    const t = await loggedApp();
    let open = 3;
    t.metrics.gauge("atlas_test_open", "test gauge", () => open);
    expect(sampleValue(await scrape(t), "atlas_test_open")).toBe(3);
    open = 5;
    expect(sampleValue(await scrape(t), "atlas_test_open")).toBe(5);
  });

  it("needs the token when one is set", async () => {
    const t = await loggedApp();
    expect((await t.request("/metrics")).status).toBe(401);
    expect((await t.request("/metrics", { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
  });

  it("without a token, answers only a direct caller on loopback", async () => {
    const t = await testApp({ metrics: createMetrics({ processMetrics: false }) });
    const from = (remoteAddress: string, headers: Record<string, string> = {}) =>
      t.app.request("/metrics", { headers }, { db: t.db, incoming: { socket: { remoteAddress } } });
    expect((await from("127.0.0.1")).status).toBe(200);
    expect((await from("::1")).status).toBe(200);
    expect((await from("192.0.2.4")).status).toBe(404);
    expect((await from("127.0.0.1", { "x-forwarded-for": "192.0.2.4" })).status).toBe(404);
    expect((await t.request("/metrics")).status).toBe(404);
  });
});
