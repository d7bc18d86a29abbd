/**
 * Facet counts: for each facet, how many of the matching cases count under each value, a filtered
 * facet counting with its own filter left out (so each count says what choosing that value gives).
 *
 * Three ways, cheapest first. With no filter, or a filter on one value of one facet (a click in the
 * filter panel) or on several countries, the counts are read from facet_counts and facet_pair_counts,
 * which triggers keep in step with every write (migration 0010): constant time at any size. Otherwise the matching cases are
 * computed once and their facet values read from case_facets, one index range per case; the answer
 * is cached by filters and data version.
 */
import { type SQL, sql } from "drizzle-orm";
import { allCases, toCaseWhere } from "./filters.ts";
import { type CaseFilters, type FacetName, facetNames } from "./schema.ts";

export type FacetCounts = Record<FacetName, { key: string; count: number }[]>;
export type FacetRow = { facet: FacetName | "total"; key: string | null; count: number };

/** The query parameter filtering by each facet. */
export const facetParams = {
  country: "country",
  policyDomain: "policyDomain",
  phase: "phase",
  collaborationType: "collaborationType",
  need: "need",
  stakeholderType: "stakeholderType",
} as const satisfies Record<FacetName, keyof CaseFilters>;

const filteredFacets = (filters: CaseFilters) => facetNames.filter((f) => (filters[facetParams[f]]?.length ?? 0) > 0);

/** Facets every case has exactly one value of: the cases under two of its values are disjoint. */
const oneValuePerCase = new Set<FacetName>(["country"]);

/**
 * The facet filtered for, when it is the only filter, and its values, when the pair counts answer it
 * exactly: one value, or several of a facet every case has one value of (their counts add up).
 */
export function pairCountedFilter(filters: CaseFilters): { facet: FacetName; keys: string[] } | undefined {
  const set = Object.entries(filters).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  if (set.length !== 1) return undefined;
  const facet = facetNames.find((f) => facetParams[f] === set[0]?.[0]);
  const values = set[0]?.[1];
  if (!facet || !Array.isArray(values)) return undefined;
  const keys = [...new Set(values.map(String))];
  return keys.length === 1 || oneValuePerCase.has(facet) ? { facet, keys } : undefined;
}

/** The statement answering the facets (rows of facet, key, count; the total as facet 'total'). */
export function facetsQuery(filters: CaseFilters): SQL {
  const where = toCaseWhere(filters);
  if (where === allCases) {
    return sql`SELECT facet, key, count FROM facet_counts WHERE count > 0
      UNION ALL SELECT 'total', NULL, coalesce(sum(count), 0) FROM facet_counts WHERE facet = 'country'`;
  }
  const counted = pairCountedFilter(filters);
  if (counted) {
    const keys = sql`(SELECT value FROM json_each(${JSON.stringify(counted.keys)}))`;
    return sql`SELECT other_facet AS facet, other_key AS key, sum(count) AS count FROM facet_pair_counts
        WHERE facet = ${counted.facet} AND key IN ${keys} AND other_facet <> ${counted.facet}
        GROUP BY other_facet, other_key HAVING sum(count) > 0
      UNION ALL SELECT facet, key, count FROM facet_counts WHERE facet = ${counted.facet} AND count > 0
      UNION ALL SELECT 'total', NULL, coalesce(sum(count), 0) FROM facet_counts WHERE facet = ${counted.facet} AND key IN ${keys}`;
  }
  const filtered = filteredFacets(filters);
  const open = facetNames.filter((f) => !filtered.includes(f));
  // CROSS JOIN keeps SQLite reading from the matching cases into case_facets, never the other way round.
  const arms = [
    sql`SELECT 'total' AS facet, NULL AS key, count(*) AS count FROM matched`,
    sql`SELECT f.facet, f.key, count(*) FROM matched m CROSS JOIN case_facets f ON f.case_id = m.id
      WHERE f.facet IN (SELECT value FROM json_each(${JSON.stringify(open)})) GROUP BY f.facet, f.key`,
    ...filtered.map((facet) => {
      const scope = toCaseWhere(filters, facet);
      if (scope === allCases)
        return sql`SELECT facet, key, count FROM facet_counts WHERE facet = ${facet} AND count > 0`;
      return sql`SELECT f.facet, f.key, count(*) FROM (SELECT c.id FROM cases c WHERE ${scope}) s
        CROSS JOIN case_facets f ON f.case_id = s.id AND f.facet = ${facet} GROUP BY f.key`;
    }),
  ];
  return sql`WITH matched AS MATERIALIZED (SELECT c.id FROM cases c WHERE ${where})
    ${sql.join(arms, sql` UNION ALL `)}`;
}

export function toFacets(rows: FacetRow[]): { total: number; facets: FacetCounts } {
  const facets = Object.fromEntries(facetNames.map((f) => [f, [] as { key: string; count: number }[]])) as FacetCounts;
  let total = 0;
  for (const r of rows) {
    if (r.facet === "total") total = Number(r.count);
    else facets[r.facet]?.push({ key: String(r.key), count: Number(r.count) });
  }
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { total, facets };
}
