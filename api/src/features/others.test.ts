import { fixtureFiles } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../testing.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

describe("stakeholders", () => {
  it("lists stakeholders with their case counts and filters them", async () => {
    const { body } = await t.json<{ items: { id: string; caseCount: number }[]; total: number }>("/api/stakeholders");
    expect(body.items.map((s) => [s.id, s.caseCount])).toEqual([
      ["coop-one", 1],
      ["tunis-municipality", 1],
      ["city-of-seville", 1],
    ]);
    expect((await t.json<{ total: number }>("/api/stakeholders?type=public-local&country=ES")).body.total).toBe(1);
    expect((await t.json<{ total: number }>("/api/stakeholders?q=TUNIS")).body.total).toBe(1);
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
    const { body } = await t.json<{ items: { id: string }[] }>(
      "/api/currencies?model=mutual-credit&status=active&from=2020",
    );
    expect(body.items.map((c) => c.id)).toEqual(["puma"]);
    expect((await t.json<{ total: number }>("/api/currencies?to=2000")).body.total).toBe(0);
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
    type List = {
      items: { id: string; launchYear: number | null }[];
      facets: Record<string, { key: string; count: number }[]>;
    };
    const { body } = await custom.json<List>("/api/currencies?model=time-bank");
    expect(body.items.map((c) => c.id)).toEqual(["old-bank"]);
    expect(body.facets.model).toEqual([
      { key: "mutual-credit", count: 1 },
      { key: "time-bank", count: 1 },
    ]);
    expect(body.facets.country).toEqual([{ key: "GR", count: 1 }]);
    expect(body.facets.status).toEqual([{ key: "ended", count: 1 }]);
    const sorted = await custom.json<List>("/api/currencies?sort=-launchYear");
    expect(sorted.body.items.map((c) => c.id)).toEqual(["puma", "old-bank"]);
    expect((await custom.json<List>("/api/currencies?from=2015")).body.items.map((c) => c.id)).toEqual(["puma"]);
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
  type Vocab = {
    locale: string;
    schemes: Record<string, { key: string; label: string; locale: string; source: { id: string } | null }[]>;
  };

  it("labels terms in the requested language and falls back to English term by term", async () => {
    const { body } = await t.json<Vocab>("/api/vocabularies?locale=es");
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
