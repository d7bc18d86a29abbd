import { fixtureFiles } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, queryOf, type TestApp, testApp } from "../../testing.ts";
import { featureCollection } from "./schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

/** GET /api/cases with a query string as a browser writes it (repeated keys too). */
const list = (search = "", app = t) => app.client().api.cases.$get({ query: queryOf(search) });
const cases = (search = "", app = t) => bodyAt(list(search, app), 200);
const detail = (id: string, app = t) => app.client().api.cases[":id"].$get({ param: { id }, query: {} });
const similar = (id: string, query: { limit?: string } = {}, app = t) =>
  app.client().api.cases[":id"].similar.$get({ param: { id }, query });

describe("GET /api/cases", () => {
  it("lists every case, sorted by title, with facet counts", async () => {
    const body = await cases();
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
    const body = await cases("country=ES");
    expect(body.items.map((c) => c.country)).toEqual(["ES"]);
    expect(body.facets.country).toEqual([
      { key: "ES", count: 1 },
      { key: "TN", count: 1 },
    ]);
    expect(body.facets.phase).toEqual([{ key: "co-delivery", count: 1 }]);
  });

  it("counts each filtered dimension without its own filter, and the others with all filters", async () => {
    const body = await cases("phase=co-design&policyDomain=care");
    expect(body.total).toBe(0);
    expect(body.facets.phase).toEqual([{ key: "co-delivery", count: 1 }]);
    expect(body.facets.policyDomain).toEqual([{ key: "housing", count: 1 }]);
    expect(body.facets.country).toEqual([]);
    expect(body.facets.need).toEqual([]);
  });

  it("matches any value within a filter and all filters together", async () => {
    expect((await cases("phase=co-design,co-delivery")).total).toBe(2);
    expect((await cases("phase=co-design&phase=co-delivery")).total).toBe(2);
    expect((await cases("phase=co-design&policyDomain=care")).total).toBe(0);
    expect(
      (await cases("need=subsistence&collaborationType=public-social-partnership")).items.map((c) => c.id),
    ).toEqual(["seville-care"]);
    expect((await cases("stakeholderType=sse-organisation")).items.map((c) => c.id)).toEqual(["seville-care"]);
  });

  it("searches the text with FTS5, accents and case ignored", async () => {
    expect((await cases("q=COOPERATIVE")).items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await cases("q=sevil")).items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await cases('q="OR NEAR(')).total).toBe(0);
    expect((await cases("q=***")).total).toBe(0);
  });

  it("searches every language and follows the other filters", async () => {
    const ids = async (search: string) => (await cases(search)).items.map((c) => c.id);
    expect(await ids(`q=${encodeURIComponent("تعاونية")}`)).toEqual(["seville-care"]);
    expect(await ids("q=Codiseño")).toEqual(["tunis-housing"]);
    expect(await ids("q=Codiseño&country=ES")).toEqual([]);
  });

  it("says which vocabulary terms a search matched", async () => {
    const body = await cases("q=Cuidados");
    expect(body.items).toEqual([
      expect.objectContaining({ id: "seville-care", matched: [{ scheme: "policyDomain", key: "care" }] }),
    ]);
    const byTitle = await cases("q=Seville");
    expect(byTitle.items[0]?.matched).toBeUndefined();
  });

  it("suggests the nearest indexed words when a search finds little", async () => {
    const body = await cases("q=Sevila");
    expect(body.total).toBe(0);
    expect(body.suggestion).toBe("Sevilla");
    expect((await cases("q=Sevilla")).suggestion).toBeUndefined();
  });

  it("filters by years: running cases reach later years, ended ones do not", async () => {
    expect((await cases("from=2024")).items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await cases("to=2016")).items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await cases("from=2022&to=2022")).total).toBe(2);
  });

  it("filters by bounding box through the R*Tree, also across the antimeridian", async () => {
    expect((await cases("bbox=-10,30,0,40")).items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await cases("bbox=170,-10,-170,10")).total).toBe(0);
    expect((await cases("bbox=5,30,-10,40")).items.map((c) => c.id)).toEqual(["tunis-housing"]);
  });

  it("sorts and pages", async () => {
    const body = await cases("sort=-startYear&pageSize=1&page=1");
    expect(body.items.map((c) => c.id)).toEqual(["tunis-housing"]);
    expect(body.total).toBe(2);
    expect((await cases("sort=-startYear&pageSize=1&page=2")).items.map((c) => c.id)).toEqual(["seville-care"]);
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
    const body = await bodyAt(list(query), 400);
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.message).toContain(`"${parameter}"`);
    expect(body.error.details?.[0]?.parameter).toBe(parameter);
  });
});

describe("GET /api/cases.geojson", () => {
  it("returns RFC 7946 points in longitude, latitude order, with the same filters", async () => {
    // The typed client reads only application/json bodies: this answer is application/geo+json.
    const res = await t.request("/api/cases.geojson?country=TN");
    expect(res.headers.get("content-type")).toContain("application/geo+json");
    const body = featureCollection.parse(await res.json());
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(1);
    expect(body.features[0]?.geometry.coordinates).toEqual([10.18, 36.8]);
    expect(body.features[0]?.properties.title).toBe("Tunis housing co-design");
    expect(body.dataset.label).toBe(res.headers.get("x-atlas-dataset-version"));
  });

  it("rejects a bad bbox the same way", async () => {
    expect((await t.request("/api/cases.geojson?bbox=1,2")).status).toBe(400);
  });
});

describe("GET /api/cases/:id", () => {
  it("returns the case with typology, participants, relationships, currencies and sources", async () => {
    const body = await bodyAt(detail("seville-care"), 200);
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
    const body = await bodyAt(detail("seville-care", custom), 200);
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
    expect((await cases("", custom)).items.map((c) => [c.id, c.statusYear])).toEqual([
      ["seville-care", 2020],
      ["tunis-housing", null],
    ]);
  });

  it("answers 404 in the error shape for an unknown id", async () => {
    const body = await bodyAt(detail("nowhere"), 404);
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
    const body = await bodyAt(similar("seville-care", {}, custom), 200);
    expect(body.items.map((c) => [c.id, c.shared])).toEqual([
      ["shares-rare", ["collaborationType:public-social-partnership"]],
      ["also-common", ["phase:co-delivery"]],
      ["shares-common", ["phase:co-delivery"]],
    ]);
    expect((await bodyAt(similar("tunis-housing"), 200)).items).toEqual([]);
    expect((await similar("nowhere")).status).toBe(404);
    expect((await similar("seville-care", { limit: "0" })).status).toBe(400);
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
    const body = await cases("stakeholder=coop-one");
    expect(body.items.map((c) => c.id)).toEqual(["seville-care"]);
    const both = await cases("stakeholder=coop-one,tunis-municipality");
    expect(both.total).toBe(2);
    expect((await cases("stakeholder=nobody")).total).toBe(0);
  });
});

describe("the filters a chart of patterns sets", () => {
  it("started: the cases started in a year or a span of years", async () => {
    expect((await cases("started=2015")).items.map((c) => c.id)).toEqual(["seville-care"]);
    expect((await cases("started=2015-2021")).total).toBe(2);
    expect((await cases("started=2016-2020")).total).toBe(0);
    for (const bad of ["2021-2015", "15", "2015-"]) {
      const res = await list(`started=${bad}`);
      expect(res.status, bad).toBe(400);
      expect((await bodyAt(res, 400)).error.message).toContain('"started"');
    }
  });

  it("participation: the cases where a stakeholder of a type takes a role", async () => {
    const provider = await cases("participation=sse-organisation:provider");
    expect(provider.items.map((c) => c.id)).toEqual(["seville-care"]);
    const initiators = await cases("participation=public-local:initiator");
    expect(initiators.total).toBe(2);
    expect((await cases("participation=sse-organisation:initiator")).total).toBe(0);
    expect((await list("participation=public-local")).status).toBe(400);
  });
});
