import { fixtureFiles } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, queryOf, type TestApp, testApp } from "../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

/** GET a list with a query string as a browser writes it; the body of its 200. */
const stakeholders = (search = "") => bodyAt(t.client().api.stakeholders.$get({ query: queryOf(search) }), 200);
const currencies = (search = "", app = t) => bodyAt(app.client().api.currencies.$get({ query: queryOf(search) }), 200);

describe("stakeholders", () => {
  it("lists stakeholders with their case counts and filters them", async () => {
    const body = await stakeholders();
    expect(body.items.map((s) => [s.id, s.caseCount])).toEqual([
      ["coop-one", 1],
      ["tunis-municipality", 1],
      ["city-of-seville", 1],
    ]);
    expect((await stakeholders("type=public-local&country=ES")).total).toBe(1);
    expect((await stakeholders("q=TUNIS")).total).toBe(1);
  });

  it("shows one stakeholder with its cases, currencies and sources", async () => {
    const { status, body } = await t.json("/api/stakeholders/coop-one");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      name: "Coop One",
      sseForm: "cooperative",
      cases: [{ id: "seville-care", roles: ["provider"] }],
      currencies: [{ id: "puma", role: "issuer" }],
      sources: [{ id: "src-a" }],
    });
    expect((await t.request("/api/stakeholders/nobody")).status).toBe(404);
  });
});

describe("currencies", () => {
  it("lists and filters currency initiatives", async () => {
    const body = await currencies("model=mutual-credit&status=active&from=2020");
    expect(body.items.map((c) => c.id)).toEqual(["puma"]);
    expect((await currencies("to=2000")).total).toBe(0);
    expect((await t.request("/api/currencies?sort=volume")).status).toBe(400);
  });

  it("counts each filter's values with the other filters applied, and sorts", async () => {
    const files = fixtureFiles();
    files.vocabularies
      .find((v) => v.scheme === "currencyModel")
      ?.terms.push({
        key: "time-bank",
        label: { en: "Time bank" },
        definition: { en: "Hours as currency." },
        source: "src-typology",
      });
    files.currencies.push({
      id: "old-bank",
      name: "Athens time bank",
      country: "GR",
      launchYear: 2009,
      endYear: 2014,
      status: "ended",
      model: "time-bank",
      sources: ["src-a"],
    });
    const custom = await testApp({}, files);
    const body = await currencies("model=time-bank", custom);
    expect(body.items.map((c) => c.id)).toEqual(["old-bank"]);
    expect(body.facets.model).toEqual([
      { key: "mutual-credit", count: 1 },
      { key: "time-bank", count: 1 },
    ]);
    expect(body.facets.country).toEqual([{ key: "GR", count: 1 }]);
    expect(body.facets.status).toEqual([{ key: "ended", count: 1 }]);
    const sorted = await currencies("sort=-launchYear", custom);
    expect(sorted.items.map((c) => c.id)).toEqual(["puma", "old-bank"]);
    expect((await currencies("from=2015", custom)).items.map((c) => c.id)).toEqual(["puma"]);
  });

  it("shows a currency with figures, each with its year and source", async () => {
    const { body } = await t.json("/api/currencies/puma");
    expect(body).toMatchObject({
      figures: [{ metric: "members", value: 300, year: 2012, sourceId: "src-b" }],
      cases: [{ id: "seville-care" }],
      stakeholders: [{ id: "coop-one", role: "issuer" }],
      sources: [{ id: "src-b" }],
    });
  });
});

describe("vocabularies", () => {
  it("labels terms in the requested language and falls back to English term by term", async () => {
    const body = await bodyAt(t.client().api.vocabularies.$get({ query: { locale: "es" } }), 200);
    expect(body.schemes.phase?.map((x) => x.label)).toEqual(["Codiseño", "Coprestación"]);
    expect(body.schemes.policyDomain?.map((x) => [x.label, x.locale])).toEqual([
      ["Cuidados", "es"],
      ["Housing", "en"],
    ]);
    expect(body.schemes.phase?.[0]?.source?.id).toBe("src-typology");
  });

  it("rejects an unknown locale", async () => {
    expect((await t.request("/api/vocabularies?locale=xx")).status).toBe(400);
  });
});
