import { fixtureFiles } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../testing.ts";
import type { Comparison } from "./schema.ts";

/** The fixture plus a third case in Seville sharing the city and the cooperative with the first. */
function files() {
  const f = fixtureFiles();
  f.cases.push({
    id: "seville-housing",
    title: "Seville housing co-design",
    summary: "The city and a cooperative co-design housing.",
    country: "ES",
    city: "Sevilla",
    startYear: 2019,
    phase: ["co-design", "co-delivery"],
    policyDomain: ["housing", "care"],
    participants: [
      { stakeholder: "city-of-seville", role: "initiator" },
      { stakeholder: "coop-one", role: "provider" },
      { stakeholder: "tunis-municipality", role: "initiator", note: "A twinning partner" },
    ],
    relationships: [
      { from: "city-of-seville", to: "coop-one", type: "agreement", basis: "An agreement.", sources: ["src-a"] },
      { from: "tunis-municipality", to: "city-of-seville", type: "agreement", basis: "Twinning.", sources: ["src-b"] },
    ],
    sources: ["src-a", "src-b"],
  });
  return f;
}

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp({}, files());
});

describe("GET /api/compare", () => {
  it("puts the cases side by side in the order asked, with what they share and what only some have", async () => {
    const { status, body } = await t.json<Comparison>("/api/compare?cases=seville-housing,seville-care,tunis-housing");
    expect(status).toBe(200);
    expect(body.profiles.map((p) => p.case.id)).toEqual(["seville-housing", "seville-care", "tunis-housing"]);
    expect(body.shared).toEqual([]);
    expect(body.distinct).toContainEqual({
      scheme: "phase",
      key: "co-design",
      caseIds: ["seville-housing", "tunis-housing"],
    });
    expect(body.distinct).toContainEqual({
      scheme: "collaborationType",
      key: "public-social-partnership",
      caseIds: ["seville-care"],
    });
    expect(body.sharedStakeholders.map((s) => [s.id, s.caseIds])).toEqual([
      ["coop-one", ["seville-housing", "seville-care"]],
      ["tunis-municipality", ["seville-housing", "tunis-housing"]],
      ["city-of-seville", ["seville-housing", "seville-care"]],
    ]);
    expect(body.dataset.label).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });

  it("speaks the reader's language: titles translated where a translation exists, English otherwise and marked", async () => {
    const { body } = await t.json<Comparison>("/api/compare?cases=seville-care,tunis-housing&lang=ar");
    const [care, tunis] = body.profiles.map((p) => p.case);
    expect(care?.title).toBe("الإنتاج المشترك للرعاية في إشبيلية");
    expect(care?.content.lang).toBe("ar");
    expect(tunis?.content.fields.title).toBe("fallback");
  });

  it("marks the values all cases share", async () => {
    const { body } = await t.json<Comparison>("/api/compare?cases=seville-housing,seville-care");
    expect(body.shared).toEqual([
      { scheme: "phase", key: "co-delivery" },
      { scheme: "policyDomain", key: "care" },
    ]);
  });

  it("measures each case's own graph: actors, ties, density, sector shares and who brokers", async () => {
    const { body } = await t.json<Comparison>("/api/compare?cases=seville-housing,seville-care");
    const [housing, care] = body.profiles;
    expect(housing?.measures).toMatchObject({ actors: 3, ties: 2, components: 1 });
    expect(housing?.measures.density).toBeCloseTo(2 / 3);
    expect(housing?.measures.sectorShare).toEqual({ public: 2 / 3, social: 1 / 3, other: 0 });
    // Seville City Council ties Tunis (public) and the cooperative (social): one public-social pair.
    expect(housing?.measures.brokers).toEqual([
      { id: "city-of-seville", name: "Seville City Council", publicSocialBrokerage: 1 },
    ]);
    expect(housing?.stakeholdersByType).toEqual([
      { type: "public-local", count: 2 },
      { type: "sse-organisation", count: 1 },
    ]);
    expect(housing?.stakeholdersByRole).toEqual([
      { role: "initiator", count: 2 },
      { role: "provider", count: 1 },
    ]);
    expect(care?.measures).toMatchObject({ actors: 2, ties: 1, density: 1, brokers: [] });
    expect(care?.network.nodes.map((n) => n.id).sort()).toEqual(["city-of-seville", "coop-one"]);
  });

  it("answers 400 for fewer than two, more than four or repeated cases, and 404 for an unknown one", async () => {
    for (const query of ["cases=seville-care", "cases=a,b,c,d,e", "cases=seville-care,seville-care", ""]) {
      const res = await t.json<{ error: { code: string; message: string } }>(`/api/compare?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.message).toContain('"cases"');
    }
    const missing = await t.json<{ error: { message: string } }>("/api/compare?cases=seville-care,nowhere");
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain("nowhere");
  });
});

describe("GET /api/compare.csv", () => {
  it("is one row per attribute and one column per case, with the dataset version", async () => {
    const res = await t.request("/api/compare.csv?cases=seville-care,tunis-housing");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /atlas-comparison-seville-care-tunis-housing-v[\d.]+-[0-9a-f]{12}\.csv/,
    );
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("field,seville-care,tunis-housing");
    expect(lines).toContain("phase,co-delivery,co-design");
    expect(lines).toContain("actors,2,1");
    expect(lines.at(-1)).toMatch(/^dataset_version,(\d+\.\d+\.\d+\+[0-9a-f]{12}),\1$/);
  });
});
