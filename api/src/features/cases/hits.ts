/**
 * A list narrowed by a search and/or a map box, answered from the rowids of its hits and the list's
 * index in memory (list-index.ts): the facet filters are checked on each hit's values, then the total,
 * the facet counts (each filtered facet counted with its own filter left out, as facets.ts does in
 * SQL) and the page in title order are computed in one pass over the hits, a few nanoseconds each.
 */
import { toSearchQuery } from "@atlas/db/search";
import { type SQL, sql } from "drizzle-orm";
import { type FacetCounts, type FacetRow, facetParams, toFacets } from "./facets.ts";
import { bboxRowids } from "./filters.ts";
import type { ListIndex } from "./list-index.ts";
import { type CaseFilters, type FacetName, facetNames } from "./schema.ts";

/** The filters besides the facets that hits can be read for without reading the cases' rows. */
const hitFilters = new Set<keyof CaseFilters>(["q", "bbox", ...facetNames.map((f) => facetParams[f])]);

/**
 * The statement reading the rowids of the cases matching the search and the box of these filters (as
 * one JSON array), or undefined when the filters have neither, or any filter besides them and the facets.
 */
export function hitsQuery(filters: CaseFilters): SQL | undefined {
  const set = (Object.keys(filters) as (keyof CaseFilters)[]).filter((k) => filters[k] !== undefined);
  if (!set.every((k) => hitFilters.has(k)) || (!filters.q && !filters.bbox)) return undefined;
  const sources: SQL[] = [];
  // An empty search is no search, as in toCaseWhere.
  if (filters.q) {
    const match = toSearchQuery(filters.q);
    // A query without a word matches nothing, as in toCaseWhere.
    sources.push(match ? sql`SELECT rowid FROM case_search WHERE case_search MATCH ${match}` : sql`SELECT 0 WHERE 0`);
  }
  if (filters.bbox) sources.push(bboxRowids(filters.bbox));
  // Each source a subquery of its own: a box across the antimeridian is itself a compound.
  const intersection = sql.join(
    sources.map((source) => sql`SELECT * FROM (${source})`),
    sql` INTERSECT `,
  );
  return sql`WITH hit(rowid) AS (${intersection}) SELECT json_group_array(rowid) AS rowids FROM hit`;
}

/** How the facet filters are checked: per value code, the filtered facet it satisfies (-1 none). */
interface FacetCheck {
  codeFilter: Int8Array;
  /** Per facet (position in facetNames), its place among the filtered facets, -1 if not filtered. */
  facetFilter: Int8Array;
  /** A bit per filtered facet. */
  all: number;
}

function facetCheck(index: ListIndex, filters: CaseFilters): FacetCheck {
  const codeFilter = new Int8Array(index.codeKey.length).fill(-1);
  const facetFilter = new Int8Array(facetNames.length).fill(-1);
  let filtered = 0;
  facetNames.forEach((facet, position) => {
    const chosen = filters[facetParams[facet]];
    if (!chosen?.length) return;
    facetFilter[position] = filtered;
    for (const key of chosen) {
      const code = index.codes[facet].get(String(key));
      if (code !== undefined) codeFilter[code] = filtered;
    }
    filtered++;
  });
  return { codeFilter, facetFilter, all: (1 << filtered) - 1 };
}

/** The filtered facets (as bits) whose filter this case fails. */
function failedFilters(index: ListIndex, check: FacetCheck, rowid: number): number {
  const slot = index.slot[rowid] ?? -1;
  if (slot < 0) return check.all;
  let met = 0;
  for (let i = index.valueStart[slot] ?? 0, end = index.valueStart[slot + 1] ?? 0; i < end; i++) {
    const filter = check.codeFilter[index.values[i] ?? 0] ?? -1;
    if (filter >= 0) met |= 1 << filter;
  }
  return check.all & ~met;
}

/** Whether a hit is a case of the index (a write since the index was read may add rowids it lacks). */
const known = (index: ListIndex, rowid: number) => (index.titlePlace[rowid] ?? -1) >= 0;

/** The total and facet counts of the cases among these hits that meet the facet filters too. */
export function countHits(index: ListIndex, hits: ArrayLike<number>, filters: CaseFilters) {
  const check = facetCheck(index, filters);
  const counts = new Uint32Array(index.codeKey.length);
  let total = 0;
  for (let h = 0; h < hits.length; h++) {
    const rowid = hits[h] ?? 0;
    if (!known(index, rowid)) continue;
    const failed = failedFilters(index, check, rowid);
    // A case failing one facet's filter only still counts for that facet's values (its filter left out).
    if (failed !== 0 && (failed & (failed - 1)) !== 0) continue;
    if (failed === 0) total++;
    const slot = index.slot[rowid] ?? -1;
    if (slot < 0) continue;
    for (let i = index.valueStart[slot] ?? 0, end = index.valueStart[slot + 1] ?? 0; i < end; i++) {
      const code = index.values[i] ?? 0;
      const filter = check.facetFilter[index.codeFacet[code] ?? 0] ?? -1;
      if (failed === 0 || (filter >= 0 && failed === 1 << filter)) counts[code] = (counts[code] ?? 0) + 1;
    }
  }
  const rows: FacetRow[] = [{ facet: "total", key: null, count: total }];
  counts.forEach((count, code) => {
    if (count > 0) rows.push({ facet: facetName(index, code), key: index.codeKey[code] ?? "", count });
  });
  return toFacets(rows) as { total: number; facets: FacetCounts };
}

const facetName = (index: ListIndex, code: number) => facetNames[index.codeFacet[code] ?? 0] as FacetName;

/** The rowids of one page of the hits meeting the facet filters, in title order (or its reverse). */
export function titlePage(
  index: ListIndex,
  hits: ArrayLike<number>,
  filters: CaseFilters,
  page: { descending: boolean; offset: number; limit: number },
): number[] {
  const check = facetCheck(index, filters);
  const places = new Int32Array(hits.length);
  let size = 0;
  for (let h = 0; h < hits.length; h++) {
    const rowid = hits[h] ?? 0;
    if (known(index, rowid) && failedFilters(index, check, rowid) === 0) places[size++] = index.titlePlace[rowid] ?? 0;
  }
  const sorted = places.subarray(0, size).sort();
  const from = page.descending ? Math.max(0, size - page.offset - page.limit) : page.offset;
  const to = page.descending ? size - page.offset : page.offset + page.limit;
  const chosen = Array.from(sorted.subarray(Math.min(from, size), Math.max(0, Math.min(to, size))), (p) => {
    return index.titleOrder[p] ?? 0;
  });
  return page.descending ? chosen.reverse() : chosen;
}
