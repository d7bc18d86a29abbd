import { Validator } from "@seriousme/openapi-schema-validator";
import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../testing.ts";
import { jsonWrites } from "./json-writes.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

const paths = [
  "/api/health",
  "/api/config",
  "/api/cases",
  "/api/cases?bbox=x",
  "/api/cases/seville-care",
  "/api/cases/none",
  "/api/cases.geojson",
  "/api/network",
  "/api/network.graphml",
  "/api/stakeholders",
  "/api/currencies",
  "/api/vocabularies",
  "/api/journey",
  "/api/imports/batches",
  "/api/workshops/none",
  "/api/openapi.json",
  "/api/docs",
  "/api/unknown",
  "/elsewhere",
];

describe("every response", () => {
  it.each(paths)("carries the security headers: %s", async (path) => {
    const res = await t.request(path);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get("strict-transport-security") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31536000);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("never answers 500 to unknown paths or methods", async () => {
    const res = await t.request("/api/unknown");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: "not_found", message: "No API route GET /api/unknown", params: { id: "/api/unknown" } },
    });
    expect((await t.request("/elsewhere")).status).toBe(404);
  });

  it("answers 405 with Allow for a known path and a wrong method", async () => {
    const res = await t.request("/api/cases/seville-care", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
  });
});

describe("CORS", () => {
  it("is off unless origins are configured, then allows only those, only on public reads", async () => {
    const open = await testApp({ corsOrigins: ["https://researcher.example"] });
    const ok = await open.request("/api/cases", { headers: { origin: "https://researcher.example" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://researcher.example");
    const other = await open.request("/api/cases", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const health = await open.request("/api/health", { headers: { origin: "https://researcher.example" } });
    expect(health.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("covers every public GET route, found by its tag, and no workshop route", async () => {
    const open = await testApp({ corsOrigins: ["https://researcher.example"] });
    const origin = async (path: string) => {
      const res = await open.request(path, { headers: { origin: "https://researcher.example" } });
      return res.headers.get("access-control-allow-origin");
    };
    for (const path of [
      "/api/cases.csv",
      "/api/cases/seville-care/similar",
      "/api/cases/seville-care/network",
      "/api/network.gexf",
      "/api/stakeholders",
      "/api/currencies",
      "/api/vocabularies",
      "/api/openapi.json",
      // Research tools (issue 13)
      "/api/dataset",
      "/api/patterns",
      "/api/territory/regions",
      "/api/ld/concepts",
    ]) {
      expect(await origin(path), path).toBe("https://researcher.example");
    }
    expect(await origin("/api/workshops/none")).toBeNull();
    expect(await origin("/api/config")).toBeNull();
  });
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document listing every route", async () => {
    const { body } = await t.json<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    const result = await new Validator().validate(body as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        "/accounts/audit",
        "/accounts/curators",
        "/accounts/curators/{id}",
        "/accounts/curators/{id}/reset",
        "/accounts/login",
        "/accounts/logout",
        "/accounts/me",
        "/accounts/password",
        "/accounts/password/change",
        "/cases",
        "/cases.csv",
        "/cases.geojson",
        "/cases/clusters",
        "/cases/{id}",
        "/cases/{id}/similar",
        "/cases/{id}/network",
        "/compare",
        "/compare.csv",
        "/config",
        "/contributions/cases",
        "/contributions/corrections",
        "/contributions/currencies",
        "/contributions/stakeholders",
        "/contributions/{id}",
        "/contributions/{id}/messages",
        "/contributions/{id}/withdraw",
        "/curation/proposals",
        "/curation/proposals/{id}",
        "/curation/proposals/{id}/accept",
        "/curation/proposals/{id}/ask",
        "/curation/proposals/{id}/merge",
        "/curation/proposals/{id}/reject",
        "/curation/records/{kind}/{id}",
        "/curation/records/{kind}/{id}/restore",
        "/currencies",
        "/currencies/{id}",
        "/dataset",
        "/health",
        "/health/live",
        "/health/ready",
        "/history/{kind}/{id}",
        "/imports/batches",
        "/imports/batches/{id}",
        "/imports/batches/{id}/undo",
        "/imports/files",
        "/imports/files/{id}/batches",
        "/imports/files/{id}/dry-run",
        "/imports/files/{id}/preview",
        "/imports/files/{id}/report.csv",
        "/imports/presets",
        "/imports/presets/{name}",
        "/journey",
        "/journey/{step}",
        "/ld/cases/{id}",
        "/ld/concepts",
        "/ld/concepts/{scheme}",
        "/ld/currencies/{id}",
        "/ld/dataset.jsonld",
        "/ld/stakeholders/{id}",
        "/murmurations/currencies/{id}",
        "/murmurations/stakeholders/{id}",
        "/network",
        "/network.csv",
        "/network.gexf",
        "/network.graphml",
        "/network/progress",
        "/patterns",
        "/stakeholders",
        "/stakeholders/{id}",
        "/territory",
        "/territory/regions",
        "/vocabularies",
        "/workshops",
        "/workshops/join",
        "/workshops/{id}",
        "/workshops/{id}/close",
        "/workshops/{id}/comments/{commentId}",
        "/workshops/{id}/events",
        "/workshops/{id}/items/{itemId}",
        "/workshops/{id}/items/{itemId}/comments",
        "/workshops/{id}/items/{itemId}/evidence",
        "/workshops/{id}/items/{itemId}/evidence/{evidenceId}",
        "/workshops/{id}/items/{itemId}/history",
        "/workshops/{id}/items/{itemId}/merge",
        "/workshops/{id}/items/{itemId}/move",
        "/workshops/{id}/items/{itemId}/restore",
        "/workshops/{id}/items/{itemId}/vote",
        "/workshops/{id}/join-code",
        "/workshops/{id}/lists",
        "/workshops/{id}/lists/{listId}",
        "/workshops/{id}/lists/{listId}/export",
        "/workshops/{id}/lists/{listId}/items",
        "/workshops/{id}/lists/{listId}/sort-by-votes",
        "/workshops/{id}/locks/{phase}",
        "/workshops/{id}/members/{memberId}",
        "/workshops/{id}/reopen",
        "/workshops/{id}/stream-tokens",
        "/workshops/{id}/timer",
      ]
        .map((p) => `/api${p}`)
        .sort(),
    );
  });

  it("is browsable at /api/docs with assets served locally", async () => {
    const page = await (await t.request("/api/docs")).text();
    expect(page).toContain("/api/docs/swagger-ui-bundle.js");
    const bundle = await t.request("/api/docs/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toContain("javascript");
  });
});

describe("jsonWrites", () => {
  const app = new Hono().use("*", jsonWrites({ maxBytes: 100 })).post("/w", async (c) => c.json(await c.req.json()));
  const post = (body: string, type?: string) =>
    app.request("/w", { method: "POST", body, headers: type ? { "content-type": type } : {} });

  it("accepts JSON within the limit", async () => {
    const res = await post('{"a":1}', "application/json; charset=utf-8");
    expect(res.status).toBe(200);
  });

  it.each([
    ["a form", "application/x-www-form-urlencoded"],
    ["multipart", "multipart/form-data; boundary=x"],
    ["plain text", "text/plain"],
    ["no content type", undefined],
  ])("refuses %s with 415", async (_name, type) => {
    const res = await post("a=1", type);
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
  });

  it("refuses a body over the limit with 413", async () => {
    const res = await post(JSON.stringify({ a: "x".repeat(200) }), "application/json");
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });
});

describe("GET /api/config", () => {
  it("tells the web app which map style to use, and lets the CSP load it", async () => {
    const t2 = await testApp({ mapStyleUrl: "https://tiles.example.org/style.json" });
    const res = await t2.request("/api/config");
    expect(await res.json()).toEqual({ mapStyleUrl: "https://tiles.example.org/style.json" });
    expect(res.headers.get("content-security-policy")).toContain("connect-src 'self' https://tiles.example.org");
    expect(await (await t.request("/api/config")).json()).toEqual({ mapStyleUrl: null });
  });
});
