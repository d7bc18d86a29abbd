import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { member, type TestApp, testApp, testWorkshop } from "../testing.ts";
import { webApp } from "../web-app.ts";
import { chooseEncoding } from "./compression.ts";
import type { AppEnv } from "./feature-app.ts";
import { matchesETag, publicCache } from "./public-cache.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const get = (path: string, headers: Record<string, string> = {}) => t.request(path, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe("compression", () => {
  it("answers in Brotli when accepted, gzip otherwise, and plainly to a client that accepts neither", async () => {
    const plain = await get("/api/openapi.json");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toContain("Accept-Encoding");
    const text = (await bytes(plain)).toString("utf8");
    expect(JSON.parse(text).openapi).toBe("3.1.0");

    const br = await get("/api/openapi.json", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("content-length")).toBeNull();
    expect(brotliDecompressSync(await bytes(br)).toString("utf8")).toBe(text);

    const gz = await get("/api/openapi.json", { "accept-encoding": "gzip" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await bytes(gz)).toString("utf8")).toBe(text);
  });

  it("sends small answers and the health check as they are", async () => {
    const health = await get("/api/health", { "accept-encoding": "br" });
    expect(health.headers.get("content-encoding")).toBeNull();
    const missing = await get("/api/cases/none", { "accept-encoding": "br" });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-encoding")).toBeNull();
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("never compresses a live event stream", async () => {
    const w = await testWorkshop(t);
    const token = await member(t, w.secret)<{ token: string }>("POST", `/workshops/${w.id}/stream-tokens`, {});
    const res = await get(`/api/workshops/${w.id}/events?token=${token.body.token}`, { "accept-encoding": "br" });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(res.headers.get("content-encoding")).toBeNull();
    await res.body?.cancel();
  });

  it("reads Accept-Encoding as RFC 9110 says", () => {
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding("identity")).toBeUndefined();
    expect(chooseEncoding("gzip;q=0.8, br")).toBe("br");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("gzip");
  });
});

describe("conditional reads", () => {
  it("answers 304 to a client holding the current version, and 200 once the data has changed", async () => {
    const first = await get("/api/cases?pageSize=5");
    const etag = first.headers.get("etag");
    // Cases are worded in the reader's language (Content-Language), so the tag names the language too.
    expect(etag).toMatch(/^W\/"\d+-\w+-\w+"$/);
    expect(first.headers.get("vary")).toContain("Accept-Language");
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const again = await get("/api/cases?pageSize=5", { "if-none-match": etag ?? "" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    await t.db.$client.execute(
      "UPDATE cases SET title = title || ' (revised)' WHERE rowid = (SELECT min(rowid) FROM cases)",
    );
    const changed = await get("/api/cases?pageSize=5", { "if-none-match": etag ?? "" });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("tags the research reads too, but never confirms a JSON-LD answer with the JSON's tag", async () => {
    for (const path of ["/api/dataset", "/api/patterns", "/api/territory/regions"]) {
      expect((await get(path)).headers.get("etag"), path).toMatch(/^W\//);
    }
    const json = await get("/api/cases/seville-care");
    const etag = json.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\//);
    const ld = await get("/api/cases/seville-care", { accept: "application/ld+json", "if-none-match": etag });
    expect(ld.status).toBe(200);
    expect(ld.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(ld.headers.get("etag")).toBeNull();
  });

  it("keeps private and failed answers out of shared caches", async () => {
    const missing = await get("/api/cases/none");
    expect(missing.headers.get("etag")).toBeNull();
    expect(missing.headers.get("cache-control")).toBeNull();
    const health = await get("/api/health");
    expect(health.headers.get("etag")).toBeNull();
  });

  it("tags an answer worded per Accept-Language with the language, and never confirms it to another reader", async () => {
    // A read that words its answer in the reader's language, as localized content reads do.
    const app = new Hono<AppEnv>().use(publicCache()).get("/worded", (c) => {
      const lang = c.req.query("lang") ?? (c.req.header("accept-language")?.startsWith("fr") ? "fr" : "en");
      c.header("content-language", lang);
      return c.text(lang === "fr" ? "bonjour" : "hello");
    });
    const read = (headers: Record<string, string>, path = "/worded") => app.request(path, { headers }, { db: t.db });
    const fr = await read({ "accept-language": "fr-FR,fr;q=0.9" });
    const tag = fr.headers.get("etag") ?? "";
    expect(fr.headers.get("vary")).toContain("Accept-Language");
    const again = await read({ "accept-language": "fr-FR, fr;q=0.9", "if-none-match": tag });
    expect(again.status).toBe(304);
    expect(again.headers.get("vary")).toContain("Accept-Language");
    const other = await read({ "accept-language": "ar", "if-none-match": tag });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe("hello");
    expect(other.headers.get("etag")).not.toBe(tag);
    // A language named in the URL makes the header irrelevant: one tag for every reader.
    const named = await read({ "accept-language": "ar" }, "/worded?lang=fr");
    expect(named.headers.get("vary") ?? "").not.toContain("Accept-Language");
    const namedAgain = await read(
      { "accept-language": "el", "if-none-match": named.headers.get("etag") ?? "" },
      "/worded?lang=fr",
    );
    expect(namedAgain.status).toBe(304);
  });

  it("compares tags weakly", () => {
    expect(matchesETag('W/"3-x"', 'W/"3-x"')).toBe(true);
    expect(matchesETag('"3-x", W/"4-x"', 'W/"4-x"')).toBe(true);
    expect(matchesETag('"3-x"', 'W/"4-x"')).toBe(false);
    expect(matchesETag("*", 'W/"4-x"')).toBe(true);
  });
});

describe("the built web app", () => {
  it("serves hashed assets precompressed and immutable, and plainly without Accept-Encoding", async () => {
    const dist = await mkdtemp(join(tmpdir(), "atlas-dist-"));
    await mkdir(join(dist, "assets"));
    const script = "console.log('atlas');".repeat(200);
    await writeFile(join(dist, "index.html"), "<!doctype html><title>Atlas</title>");
    await writeFile(join(dist, "assets", "index-abc123.js"), script);
    await writeFile(join(dist, "assets", "index-abc123.js.br"), brotliCompressSync(script));
    const app = createApp({ web: webApp(dist) });
    const br = await app.request(
      "/assets/index-abc123.js",
      { headers: { "accept-encoding": "gzip, br" } },
      { db: t.db },
    );
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    expect(brotliDecompressSync(await bytes(br)).toString("utf8")).toBe(script);
    const plain = await app.request("/assets/index-abc123.js", {}, { db: t.db });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    expect(await plain.text()).toBe(script);
  });
});
