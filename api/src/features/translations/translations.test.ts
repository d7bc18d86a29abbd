import { beforeAll, describe, expect, it } from "vitest";
import { parseAcceptLanguage } from "../../http/language.ts";
import { testApp } from "../../testing.ts";
import type { ContentInfo } from "./schema.ts";

type Summary = { id: string; title: string; summary: string; city: string | null; content: ContentInfo };
let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

describe("Accept-Language", () => {
  it("ranks the languages the atlas speaks by q, dropping q=0 and unknown ones", () => {
    expect(parseAcceptLanguage("de-DE, ar;q=0.8, fr-FR;q=0.9, es;q=0")).toEqual(["fr", "ar"]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });
});

describe("content in the language asked for", () => {
  it("answers a case list in Arabic with each block's provenance and a Content-Language header", async () => {
    const { body, headers } = await t.json<{ items: Summary[] }>("/api/cases?lang=ar");
    expect(headers.get("content-language")).toBe("ar");
    const seville = body.items.find((c) => c.id === "seville-care");
    expect(seville?.title).toBe("الإنتاج المشترك للرعاية في إشبيلية");
    expect(seville?.city).toBe("إشبيلية");
    expect(seville?.content).toEqual({
      lang: "ar",
      original: { lang: "en", writtenBy: "atlas-editors", sourceLanguages: ["es"] },
      translation: { lang: "ar", translatedBy: "atlas-editors", method: "machine", reviewed: false, reviewedBy: null },
      fields: { title: "translated", summary: "translated", city: "translated" },
    });
    // No Arabic for Tunis: English, marked as a fallback.
    const tunis = body.items.find((c) => c.id === "tunis-housing");
    expect(tunis?.title).toBe("Tunis housing co-design");
    expect(tunis?.content.translation).toBeNull();
    expect(tunis?.content.fields.title).toBe("fallback");
  });

  it("follows Accept-Language when no lang is given, and English otherwise", async () => {
    const ar = await t.request("/api/cases/seville-care", { headers: { "accept-language": "ar-JO,en;q=0.5" } });
    expect(ar.headers.get("content-language")).toBe("ar");
    expect(((await ar.json()) as Summary).summary).toBe("تقدّم تعاونية الرعاية المنزلية مع المدينة.");
    const en = await t.json<Summary>("/api/cases/seville-care");
    expect(en.headers.get("content-language")).toBe("en");
    expect(en.body.content.fields.summary).toBe("original");
    expect(en.body.content.translation).toBeNull();
  });

  it("marks an empty translation as a fallback in a case's nested blocks", async () => {
    const { body } = await t.json<{ relationships: { basis: string }[]; content: ContentInfo }>(
      "/api/cases/seville-care?lang=ar",
    );
    expect(body.relationships[0]?.basis).toBe("A grant.");
    expect(body.content.fields["relationships.0.basis"]).toBe("fallback");
  });

  it("returns every language of a record for exports", async () => {
    const { body } = await t.json<{ translations: Record<string, { strings: { en: string; text: string }[] }> }>(
      "/api/cases/seville-care?include=translations",
    );
    expect(Object.keys(body.translations)).toEqual(["ar"]);
    expect(body.translations.ar?.strings.map((s) => s.en)).toContain("Sevilla");
  });

  it("tells a human, reviewed translation apart", async () => {
    const { body } = await t.json<{ content: ContentInfo }>("/api/currencies/puma?lang=es");
    expect(body.content.translation).toEqual({
      lang: "es",
      translatedBy: "Ana Pérez",
      method: "human",
      reviewed: true,
      reviewedBy: "atlas-editors",
    });
  });

  it("takes the same lang in GeoJSON and CSV, and gives all languages in CSV", async () => {
    const geo = await t.json<{ features: { id: string; properties: { title: string } }[] }>(
      "/api/cases.geojson?lang=ar",
    );
    expect(geo.body.features.find((f) => f.id === "seville-care")?.properties.title).toBe(
      "الإنتاج المشترك للرعاية في إشبيلية",
    );
    const csv = await (await t.request("/api/cases.csv?lang=ar")).text();
    expect(csv).toContain("الإنتاج المشترك للرعاية في إشبيلية");
    expect(csv.split("\r\n")[0]).toContain("english_fallback");
    const all = await (await t.request("/api/cases.csv?lang=all")).text();
    expect(all.split("\r\n")[0]).toContain("title_ar");
    expect(all).toContain("Seville care co-delivery");
    expect(all).toContain("الإنتاج المشترك للرعاية في إشبيلية");
  });

  it("translates case titles in networks", async () => {
    const { body } = await t.json<{
      cases: { id: string; title: string }[];
      content: { fields: Record<string, string> };
    }>("/api/network?lang=ar");
    expect(body.cases.find((c) => c.id === "seville-care")?.title).toBe("الإنتاج المشترك للرعاية في إشبيلية");
    expect(body.content.fields["cases.seville-care.title"]).toBe("translated");
  });

  it("rejects a language it does not speak", async () => {
    const { status, body } = await t.json<{ error: { code: string } }>("/api/cases?lang=de");
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_parameter");
  });
});

describe("errors in the reader's language", () => {
  it("keeps the code stable, names the values, and words the message per Accept-Language", async () => {
    const res = await t.request("/api/cases/nope", { headers: { "accept-language": "ar" } });
    const body = (await res.json()) as { error: { code: string; message: string; params: Record<string, string> } };
    expect(res.status).toBe(404);
    expect(body.error.code).toBe("not_found");
    expect(body.error.params).toEqual({ what: "case", id: "nope" });
    expect(body.error.message).toBe("لم يُعثر على شيء لـ«nope».");
  });

  it("words a wrong join code in Greek and a bad parameter in French, naming the field issue", async () => {
    const join = await t.request("/api/workshops/join", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "el" },
      body: JSON.stringify({ code: "ZZZZ-ZZZZ", name: "Eleni" }),
    });
    const joined = (await join.json()) as { error: { code: string; message: string } };
    expect(joined.error.code).toBe("invalid_code");
    expect(joined.error.message).toContain("κωδικό");
    const { body } = await t.json<{ error: { message: string; details: { issue: string; maximum?: number }[] } }>(
      "/api/cases?lang=fr&pageSize=1000",
    );
    expect(body.error.message).toBe("La valeur de « pageSize » n’est pas valide.");
    expect(body.error.details[0]).toMatchObject({ issue: "too_big", maximum: 200 });
  });
});
