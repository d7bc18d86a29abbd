import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "../../testing.ts";
import { type FacetRow, facetsQuery, pairCountedFilter, toFacets } from "./facets.ts";
import { toCaseWhere } from "./filters.ts";
import { type CaseFilters, facetNames } from "./schema.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const memberships = sql`SELECT id AS case_id, 'country' AS facet, country AS key FROM cases
  UNION SELECT case_id, scheme, key FROM case_terms
  UNION SELECT p.case_id, 'stakeholderType', s.type FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id`;

/** Facet counts the slow, obvious way: each case of each facet's scope, each of its distinct values. */
async function reference(filters: CaseFilters) {
  const rows: FacetRow[] = [];
  for (const facet of facetNames) {
    const counted = await t.db.all<{ key: string; count: number }>(
      sql`WITH m AS (${memberships}) SELECT m.key AS key, count(DISTINCT c.id) AS count
        FROM cases c JOIN m ON m.case_id = c.id AND m.facet = ${facet} WHERE ${toCaseWhere(filters, facet)} GROUP BY m.key`,
    );
    for (const r of counted) rows.push({ facet, key: r.key, count: r.count });
  }
  const total = await t.db.all<{ n: number }>(sql`SELECT count(*) AS n FROM cases c WHERE ${toCaseWhere(filters)}`);
  rows.push({ facet: "total", key: null, count: total[0]?.n ?? 0 });
  return toFacets(rows);
}

const cases: CaseFilters[] = [
  {},
  { country: ["ES"] },
  { phase: ["co-design"] },
  { stakeholderType: ["public-local"] },
  { country: ["ES", "TN"] },
  { country: ["ES", "TN", "ES", "XX"] },
  { country: ["ES"], phase: ["co-design"] },
  { q: "care" },
  { policyDomain: ["care"], from: 2015 },
  { bbox: { minLon: -10, minLat: 30, maxLon: 5, maxLat: 45 } },
];

describe("facet counts", () => {
  it.each(cases)("match counting every case by hand: %j", async (filters) => {
    const answered = toFacets(await t.db.all<FacetRow>(facetsQuery(filters)));
    expect(answered).toEqual(await reference(filters));
  });

  it("read the pair counts for one value of one facet, or for several countries (one per case)", () => {
    expect(pairCountedFilter({ country: ["ES"] })).toEqual({ facet: "country", keys: ["ES"] });
    expect(pairCountedFilter({ policyDomain: ["care"] })).toEqual({ facet: "policyDomain", keys: ["care"] });
    expect(pairCountedFilter({ country: ["ES", "TN"] })).toEqual({ facet: "country", keys: ["ES", "TN"] });
    // A case may have several domains: the counts of two would count it twice.
    expect(pairCountedFilter({ policyDomain: ["care", "housing"] })).toBeUndefined();
    expect(pairCountedFilter({ country: ["ES"], q: "care" })).toBeUndefined();
    expect(pairCountedFilter({ stakeholder: ["coop-one"] })).toBeUndefined();
  });
});
