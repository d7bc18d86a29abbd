import { fixtureFiles } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../testing.ts";

type List = {
  items: { id: string; country: string; phase: string[] }[];
  total: number;
  facets: Record<string, { key: string; count: number }[]>;
};
let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

describe("GET /api/cases", () => {
  it("lists every case, sorted by title, with facet counts", async () => {
    const { status, body } = await t.json<List>("/api/cases");
    expect(status).toBe(200);
    expect(body.items.map((c) => c.id)).toEqual(["seville-care", "tunis-housing"]);
    expect(body.total).toBe(2);
    expect(body.facets.country).toEqual([
      { key: "ES", count: 1 },
      { key: "TN", count: 1 },
    ]);
    expect(body.facets.stakeholderType).toEqual([
      { key: "public-local", count: 2 },
      { key: "sse-organisation", count: 1 },
    ]);
  });

  it("filters by country, leaving the country facet open to the other values", async () => {
    const { body } = await t.json<List>("/api/cases?country=ES");
    expect(body.items.map((c) => c.country)).toEqual(["ES"]);
    expect(body.facets.country).toEqual([
      { key: "ES", count: 1 },
      { key: "TN", count: 1 },
    ]);
    expect(body.facets.phase).toEqual([{ key: "co-delivery", count: 1 }]);
  });

  it("counts each filtered dimension without its own filter, and the others with all filters", async () => {
    const { body } = await t.json<List>("/api/cases?phase=co-design&policyDomain=care");
    expect(body.total).toBe(0);
    expect(body.facets.phase).toEqual([{ key: "co-delivery", count: 1 }]);
    expect(body.facets.policyDomain).toEqual([{ key: "housing", count: 1 }]);
    expect(body.facets.country).toEqual([]);
    expect(body.facets.need).toEqual([]);
  });

  it("matches any value within a filter and all filters together", async () => {
    expect((await t.json<List>("/api/cases?phase=co-design,co-delivery")).body.total).toBe(2);
    expect((await t.json<List>("/api/cases?phase=co-design&phase=co-delivery")).body.total).toBe(2);
    expect((await t.json<List>("/api/cases?phase=co-design&policyDomain=care")).body.total).toBe(0);
    expect(
      (await t.json<List>("/api/cases?need=subsistence&collaborationType=public-social-partnership")).body.items.map(
        (c) => c.id,
      ),
    ).toEqual(["seville-care"]);
    expect((await t.json<List>("/api/cases?stakeholderType=sse-organisation")).body.items.map((c) => c.id)).toEqual([
      "seville-care",
    ]);
  });

  it("searches the text with FTS5, accents and case ignored", async () => {
    expect((await t.json<List>("/api/cases?q=COOPERATIVE")).body.items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await t.json<List>("/api/cases?q=sevil")).body.items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await t.json<List>('/api/cases?q="OR NEAR(')).body.total).toBe(0);
    expect((await t.json<List>("/api/cases?q=***")).body.total).toBe(0);
  });

  it("searches every language and follows the other filters", async () => {
    const ids = async (path: string) => (await t.json<List>(path)).body.items.map((c) => c.id);
    expect(await ids(`/api/cases?q=${encodeURIComponent("تعاونية")}`)).toEqual(["seville-care"]);
    expect(await ids("/api/cases?q=Codiseño")).toEqual(["tunis-housing"]);
    expect(await ids("/api/cases?q=Codiseño&country=ES")).toEqual([]);
  });

  it("says which vocabulary terms a search matched", async () => {
    type Matched = { items: { id: string; matched?: { scheme: string; key: string }[] }[] };
    const { body } = await t.json<Matched>("/api/cases?q=Cuidados");
    expect(body.items).toEqual([
      expect.objectContaining({ id: "seville-care", matched: [{ scheme: "policyDomain", key: "care" }] }),
    ]);
    const byTitle = await t.json<Matched>("/api/cases?q=Seville");
    expect(byTitle.body.items[0]?.matched).toBeUndefined();
  });

  it("suggests the nearest indexed words when a search finds little", async () => {
    const { body } = await t.json<List & { suggestion?: string }>("/api/cases?q=Sevila");
    expect(body.total).toBe(0);
    expect(body.suggestion).toBe("Sevilla");
    expect((await t.json<List & { suggestion?: string }>("/api/cases?q=Sevilla")).body.suggestion).toBeUndefined();
  });

  it("filters by years: running cases reach later years, ended ones do not", async () => {
    expect((await t.json<List>("/api/cases?from=2024")).body.items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await t.json<List>("/api/cases?to=2016")).body.items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await t.json<List>("/api/cases?from=2022&to=2022")).body.total).toBe(2);
  });

  it("filters by bounding box through the R*Tree, also across the antimeridian", async () => {
    expect((await t.json<List>("/api/cases?bbox=-10,30,0,40")).body.items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await t.json<List>("/api/cases?bbox=170,-10,-170,10")).body.total).toBe(0);
    expect((await t.json<List>("/api/cases?bbox=5,30,-10,40")).body.items.map((c) => c.id)).toEqual(["tunis-housing"]);
  });

  it("sorts and pages", async () => {
    const { body } = await t.json<List & { page: number }>("/api/cases?sort=-startYear&pageSize=1&page=1");
    expect(body.items.map((c) => c.id)).toEqual(["tunis-housing"]);
    expect(body.total).toBe(2);
    expect((await t.json<List>("/api/cases?sort=-startYear&pageSize=1&page=2")).body.items.map((c) => c.id)).toEqual([
      "seville-care",
    ]);
  });

  it.each([
    ["bbox=nonsense", "bbox"],
    ["bbox=1,2,3", "bbox"],
    ["bbox=-200,0,10,10", "bbox"],
    ["bbox=0,50,10,10", "bbox"],
    ["country=Spain", "country"],
    ["pageSize=1000", "pageSize"],
    ["page=0", "page"],
    ["from=abc", "from"],
    ["from=2020&to=2010", "from"],
    ["sort=random", "sort"],
    ["phase=Co%20Design", "phase"],
  ])("answers 400 naming the parameter for %s", async (query, parameter) => {
    const { status, body } = await t.json<{
      error: { code: string; message: string; details: { parameter: string }[] };
    }>(`/api/cases?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.message).toContain(`"${parameter}"`);
    expect(body.error.details[0]?.parameter).toBe(parameter);
  });
});

describe("GET /api/cases.geojson", () => {
  it("returns RFC 7946 points in longitude, latitude order, with the same filters", async () => {
    const res = await t.request("/api/cases.geojson?country=TN");
    expect(res.headers.get("content-type")).toContain("application/geo+json");
    const body = (await res.json()) as {
      type: string;
      features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(1);
    expect(body.features[0]?.geometry.coordinates).toEqual([10.18, 36.8]);
    expect(body.features[0]?.properties.title).toBe("Tunis housing co-design");
    expect((body as unknown as { dataset: { label: string } }).dataset.label).toBe(
      res.headers.get("x-atlas-dataset-version"),
    );
  });

  it("rejects a bad bbox the same way", async () => {
    expect((await t.request("/api/cases.geojson?bbox=1,2")).status).toBe(400);
  });
});

describe("GET /api/cases/:id", () => {
  it("returns the case with typology, participants, relationships, currencies and sources", async () => {
    const { status, body } = await t.json<Record<string, unknown>>("/api/cases/seville-care");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: "seville-care",
      phase: ["co-delivery"],
      policyDomain: ["care"],
      participants: [
        { stakeholderId: "coop-one", role: "provider", type: "sse-organisation" },
        { stakeholderId: "city-of-seville", role: "initiator" },
      ],
      relationships: [
        { fromId: "city-of-seville", toId: "coop-one", type: "funding", directed: true, sourceIds: ["src-a"] },
      ],
      currencies: [{ id: "puma", name: "Puma" }],
      sources: [{ id: "src-a", url: "https://example.org/a", publisher: "Example", year: 2020 }],
    });
  });

  it("says which source gives each fact, which ties are planned and which cases are the same initiative", async () => {
    const files = fixtureFiles();
    const [seville, tunis] = files.cases;
    if (!seville || !tunis) throw new Error("fixture");
    Object.assign(seville, {
      startSource: "src-a",
      statusYear: 2020,
      statusSource: "src-a",
      outcomes: "Forty homes.",
      outcomesSources: ["src-a"],
      relatedCases: [{ case: "tunis-housing", note: "Same people" }],
      relationships: seville.relationships?.map((r) => ({ ...r, planned: true })),
    });
    Object.assign(tunis, { relatedCases: [{ case: "seville-care" }] });
    const custom = await testApp({}, files);
    const { body } = await custom.json<Record<string, unknown>>("/api/cases/seville-care");
    expect(body).toMatchObject({
      startSourceId: "src-a",
      statusYear: 2020,
      statusSourceId: "src-a",
      endSourceId: null,
      outcomesSourceIds: ["src-a"],
      lessonsSourceIds: [],
      relationships: [{ type: "funding", planned: true }],
      relatedCases: [{ id: "tunis-housing", title: "Tunis housing co-design", note: "Same people" }],
    });
    const list = await custom.json<{ items: { id: string; statusYear: number | null }[] }>("/api/cases");
    expect(list.body.items.map((c) => [c.id, c.statusYear])).toEqual([
      ["seville-care", 2020],
      ["tunis-housing", null],
    ]);
  });

  it("answers 404 in the error shape for an unknown id", async () => {
    const { status, body } = await t.json<{ error: { code: string; message: string } }>("/api/cases/nowhere");
    expect(status).toBe(404);
    expect(body.error).toEqual({
      code: "not_found",
      message: 'No case with id "nowhere"',
      params: { what: "case", id: "nowhere" },
    });
  });
});

describe("GET /api/cases/:id/similar", () => {
  it("ranks other cases by the rarity of what they share", async () => {
    const files = fixtureFiles();
    const base = files.cases[1];
    if (!base) throw new Error("fixture");
    const variant = (id: string, extra: object) => ({ ...base, id, title: id, ...extra });
    // co-delivery is in 3 cases, the partnership in 2: sharing the rarer value ranks first.
    files.cases.push(
      variant("shares-common", { phase: ["co-delivery"], policyDomain: [], collaborationType: [] }),
      variant("also-common", { phase: ["co-delivery"], policyDomain: [], collaborationType: [] }),
      variant("shares-rare", { phase: [], policyDomain: [], collaborationType: ["public-social-partnership"] }),
    );
    const custom = await testApp({}, files);
    const { status, body } = await custom.json<{ items: { id: string; shared: string[] }[] }>(
      "/api/cases/seville-care/similar",
    );
    expect(status).toBe(200);
    expect(body.items.map((c) => [c.id, c.shared])).toEqual([
      ["shares-rare", ["collaborationType:public-social-partnership"]],
      ["also-common", ["phase:co-delivery"]],
      ["shares-common", ["phase:co-delivery"]],
    ]);
    expect((await t.json<{ items: unknown[] }>("/api/cases/tunis-housing/similar")).body.items).toEqual([]);
    expect((await t.request("/api/cases/nowhere/similar")).status).toBe(404);
    expect((await t.request("/api/cases/seville-care/similar?limit=0")).status).toBe(400);
  });
});

describe("GET /api/cases.csv", () => {
  it("exports the filtered cases with their typology and sources, as a download", async () => {
    const res = await t.request("/api/cases.csv?country=ES");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "id,title,summary,country,region,city,latitude,longitude,start_year,end_year,status,status_year,phase,policy_domain,collaboration_type,need,sources,language,english_fallback,translated_by,translation_method,translation_reviewed,dataset_version",
    );
    const version = res.headers.get("x-atlas-dataset-version");
    expect(version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(lines.slice(1)).toEqual([
      `seville-care,Seville care co-delivery,A cooperative delivers home care with the city.,ES,,Sevilla,37.38,-5.97,2015,,active,,co-delivery,care,public-social-partnership,subsistence,https://example.org/a,en,,,,,${version}`,
    ]);
  });

  it("rejects bad filters like the other list routes", async () => {
    expect((await t.request("/api/cases.csv?bbox=1")).status).toBe(400);
  });
});

describe("the stakeholder filter", () => {
  it("keeps the cases any of the given stakeholders takes part in", async () => {
    const { body } = await t.json<{ items: { id: string }[] }>("/api/cases?stakeholder=coop-one");
    expect(body.items.map((c) => c.id)).toEqual(["seville-care"]);
    const both = await t.json<{ total: number }>("/api/cases?stakeholder=coop-one,tunis-municipality");
    expect(both.body.total).toBe(2);
    expect((await t.json<{ total: number }>("/api/cases?stakeholder=nobody")).body.total).toBe(0);
  });
});

describe("the filters a chart of patterns sets", () => {
  it("started: the cases started in a year or a span of years", async () => {
    expect((await t.json<List>("/api/cases?started=2015")).body.items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await t.json<List>("/api/cases?started=2015-2021")).body.total).toBe(2);
    expect((await t.json<List>("/api/cases?started=2016-2020")).body.total).toBe(0);
    for (const bad of ["2021-2015", "15", "2015-"]) {
      const res = await t.json<{ error: { message: string } }>(`/api/cases?started=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.message).toContain('"started"');
    }
  });

  it("participation: the cases where a stakeholder of a type takes a role", async () => {
    const provider = await t.json<List>("/api/cases?participation=sse-organisation:provider");
    expect(provider.body.items.map((c) => c.id)).toEqual(["seville-care"]);
    const initiators = await t.json<List>("/api/cases?participation=public-local:initiator");
    expect(initiators.body.total).toBe(2);
    expect((await t.json<List>("/api/cases?participation=sse-organisation:initiator")).body.total).toBe(0);
    expect((await t.request("/api/cases?participation=public-local")).status).toBe(400);
  });
});
