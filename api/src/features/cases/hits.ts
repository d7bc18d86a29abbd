/**
 * A list narrowed by a search and/or a map box (or by facet filters alone: its hits are then every
 * case), answered from the rowids of its hits and the list's index in memory (list-index.ts): the
 * facet filters are checked on each hit's values, then the total, the facet counts (each filtered facet
 * counted with its own filter left out, as facets.ts does in SQL) and the page in title order are
 * computed in one pass over the hits, some tens of nanoseconds each.
 */
import { toSearchQuery } from "@atlas/db/search";
import { type SQL, sql } from "drizzle-orm";
import { type FacetCounts, type FacetRow, facetParams, toFacets } from "./facets.ts";
import { bboxRowids } from "./filters.ts";
import { type ListIndex, noYear } from "./list-index.ts";
import { type CaseFilters, type FacetName, facetNames } from "./schema.ts";

const facetFilters = new Set<keyof CaseFilters>(facetNames.map((f) => facetParams[f]));
/** Filters on years, checked on each case's years in the index. */
const yearFilters = new Set<keyof CaseFilters>(["from", "to", "started"]);
/** The filters besides the facets and years that hits can be read for without reading the cases' rows. */
const hitFilters = new Set<keyof CaseFilters>(["q", "bbox", ...facetFilters, ...yearFilters]);

const setFilters = (filters: CaseFilters) =>
  (Object.keys(filters) as (keyof CaseFilters)[]).filter((k) => filters[k] !== undefined);

/**
 * Whether these filters are facet and year filters alone, a year filter or more than one facet value in
 * all: their hits are every case (the index's title order) checked for them, where SQL counted every
 * matching case's values (5.5 s for a phase and a country at a million cases, 23 s for the cases running
 * from 2015). One facet value alone is read in title order by SQL, its counts from the kept pair counts.
 */
export function everyCaseHits(filters: CaseFilters): boolean {
  const set = setFilters(filters);
  if (!set.every((k) => facetFilters.has(k) || yearFilters.has(k))) return false;
  const facetValues = set.reduce((n, k) => n + (facetFilters.has(k) ? (filters[k] as unknown[]).length : 0), 0);
  return set.some((k) => yearFilters.has(k)) || facetValues > 1;
}

/**
 * The statement reading the rowids of the cases matching the search and the box of these filters (as
 * one JSON array), or undefined when the filters have neither, or a filter besides them, facets and years.
 */
export function hitsQuery(filters: CaseFilters): SQL | undefined {
  if (!setFilters(filters).every((k) => hitFilters.has(k)) || (!filters.q && !filters.bbox)) return undefined;
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

/** How the facet and year filters are checked: per value code, the filtered facet it satisfies (-1 none). */
interface FacetCheck {
  /** The year filters, as filters.ts reads them; undefined when there is none. */
  years?: Pick<CaseFilters, "from" | "to" | "started">;
  codeFilter: Int8Array;
  /** Per value code, the place of its facet among the filtered facets, -1 if its facet is not filtered. */
  facetFilter: Int8Array;
  /** A bit per filtered facet. */
  all: number;
}

function facetCheck(index: ListIndex, filters: CaseFilters): FacetCheck {
  const codeFilter = new Int8Array(index.codeKey.length).fill(-1);
  const placeOfFacet = new Int8Array(facetNames.length).fill(-1);
  let filtered = 0;
  facetNames.forEach((facet, position) => {
    const chosen = filters[facetParams[facet]];
    if (!chosen?.length) return;
    placeOfFacet[position] = filtered;
    for (const key of chosen) {
      const code = index.codes[facet].get(String(key));
      if (code !== undefined) codeFilter[code] = filtered;
    }
    filtered++;
  });
  const facetFilter = Int8Array.from(index.codeFacet, (facet) => placeOfFacet[facet] ?? -1);
  const years = filters.from !== undefined || filters.to !== undefined || filters.started ? filters : undefined;
  return { codeFilter, facetFilter, all: (1 << filtered) - 1, years };
}

/** Whether the case at this slot meets the year filters (a year the data does not give meets none). */
function yearsMet(index: ListIndex, check: FacetCheck, slot: number): boolean {
  const years = check.years;
  if (!years) return true;
  const start = index.startYear[slot] ?? noYear;
  const reach = index.reachYear[slot] ?? noYear;
  if (years.from !== undefined && (reach === noYear || reach < years.from)) return false;
  if (years.to !== undefined && (start === noYear || start > years.to)) return false;
  const started = years.started;
  return !started || (start !== noYear && start >= started.from && start <= started.to);
}

/** The filtered facets (as bits) whose filter the case at this slot fails (slot -1: fails them all). */
function failedAt(index: ListIndex, check: FacetCheck, slot: number): number {
  if (slot < 0) return check.all;
  let met = 0;
  for (let i = index.valueStart[slot] ?? 0, end = index.valueStart[slot + 1] ?? 0; i < end; i++) {
    const filter = check.codeFilter[index.values[i] ?? 0] ?? -1;
    if (filter >= 0) met |= 1 << filter;
  }
  return check.all & ~met;
}

/** Whether the case at this rowid meets every facet and year filter. */
function meetsAll(index: ListIndex, check: FacetCheck, rowid: number): boolean {
  const slot = index.slot[rowid] ?? -1;
  return failedAt(index, check, slot) === 0 && (slot < 0 ? !check.years : yearsMet(index, check, slot));
}

/** Whether a hit is a case of the index (a write since the index was read may add rowids it lacks). */
const known = (index: ListIndex, rowid: number) => (index.titlePlace[rowid] ?? -1) >= 0;

/** Counts the case at this slot under its values; whether it meets every facet and year filter. */
function countSlot(index: ListIndex, check: FacetCheck, counts: Uint32Array, slot: number): boolean {
  // Years are not facets: a case outside them counts nowhere (as in meetsAll, no slot meets no year).
  if (slot < 0 ? check.years !== undefined : !yearsMet(index, check, slot)) return false;
  const failed = failedAt(index, check, slot);
  // A case failing one facet's filter only still counts for that facet's values (its filter left out).
  if (slot < 0 || (failed !== 0 && (failed & (failed - 1)) !== 0)) return failed === 0;
  for (let i = index.valueStart[slot] ?? 0, end = index.valueStart[slot + 1] ?? 0; i < end; i++) {
    const code = index.values[i] ?? 0;
    const filter = check.facetFilter[code] ?? -1;
    if (failed === 0 || (filter >= 0 && failed === 1 << filter)) counts[code] = (counts[code] ?? 0) + 1;
  }
  return failed === 0;
}

/**
 * The total and facet counts of the cases among these hits that meet the facet filters too. Every case
 * (hits = the title order) is read slot by slot, in the order the values are stored: by rowid, at a
 * million cases, each case cost a few cache misses (400 ms).
 */
export function countHits(index: ListIndex, hits: ArrayLike<number>, filters: CaseFilters) {
  const check = facetCheck(index, filters);
  const counts = new Uint32Array(index.codeKey.length);
  let total = 0;
  if (hits === index.titleOrder) {
    // Every case has a slot (list-index.ts).
    for (let slot = 0; slot < index.valueStart.length - 1; slot++) if (countSlot(index, check, counts, slot)) total++;
  } else {
    for (let h = 0; h < hits.length; h++) {
      const rowid = hits[h] ?? 0;
      if (known(index, rowid) && countSlot(index, check, counts, index.slot[rowid] ?? -1)) total++;
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
  if (hits === index.titleOrder) return inTitleOrder(index, check, page);
  const places = new Int32Array(hits.length);
  let size = 0;
  for (let h = 0; h < hits.length; h++) {
    const rowid = hits[h] ?? 0;
    if (known(index, rowid) && meetsAll(index, check, rowid)) places[size++] = index.titlePlace[rowid] ?? 0;
  }
  const sorted = places.subarray(0, size).sort();
  const from = page.descending ? Math.max(0, size - page.offset - page.limit) : page.offset;
  const to = page.descending ? size - page.offset : page.offset + page.limit;
  const chosen = Array.from(sorted.subarray(Math.min(from, size), Math.max(0, Math.min(to, size))), (p) => {
    return index.titleOrder[p] ?? 0;
  });
  return page.descending ? chosen.reverse() : chosen;
}

/** A page of every case meeting the facet filters: the title order walked from either end, no sort. */
function inTitleOrder(
  index: ListIndex,
  check: FacetCheck,
  page: { descending: boolean; offset: number; limit: number },
): number[] {
  const chosen: number[] = [];
  const order = index.titleOrder;
  let skipped = 0;
  for (let n = 0; n < order.length && chosen.length < page.limit; n++) {
    const rowid = order[page.descending ? order.length - 1 - n : n] ?? 0;
    if (!meetsAll(index, check, rowid)) continue;
    if (skipped++ < page.offset) continue;
    chosen.push(rowid);
  }
  return chosen;
}
