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
