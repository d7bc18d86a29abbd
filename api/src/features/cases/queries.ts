/** Reads cases for the API: a filtered page with facet counts, GeoJSON points, one case in full. */

import type { Database } from "@atlas/db/client";
import { readDataVersion } from "@atlas/db/data-version";
import { iterateRows } from "@atlas/db/hot-reads";
import type { Locale } from "@atlas/db/schema";
import { searchRanks, toSearchQuery } from "@atlas/db/search";
import { matchedTerms } from "@atlas/db/search/matched";
import { suggestQuery } from "@atlas/db/search/suggest";
import { type SQL, sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { CaseSort } from "../../contract.ts";
import { VersionedCache } from "../../lib/versioned-cache.ts";
import { type FacetRow, facetsQuery, pairCountedFilter, toFacets } from "./facets.ts";
import { allCases, toCaseFilters, toCaseWhere, toFiltersKey } from "./filters.ts";
import { searchHighlights } from "./highlights.ts";
import { countHits, everyCaseHits, hitsQuery, titlePage } from "./hits.ts";
import { type ListIndex, readyListIndex } from "./list-index.ts";
import { localiseCaseSummaries } from "./localise.ts";
import type { CaseFilters, CaseSummary } from "./schema.ts";

/** A case summary as stored: English, before it is put into the language asked for. */
export type CaseSummaryRow = Omit<CaseSummary, "content">;

type Row = Record<string, unknown>;

const summaryColumns = sql`c.id, c.title, c.summary, c.country, c.region, c.city, c.latitude, c.longitude,
  c.start_year AS startYear, c.end_year AS endYear, c.status, c.status_year AS statusYear,
  (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'phase') AS phase,
  (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'policyDomain') AS policyDomain,
  (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'collaborationType') AS collaborationType,
  (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'need') AS need`;

/** Titles sort by their stored key (db/src/sort-key.ts): opening quotes ignored, accents folded. */
const orderBy: Record<Exclude<CaseSort, "relevance">, SQL> = {
  // Equal titles by rowid, which the title indexes hold, and in reverse for the reverse order, as the
  // list index orders them (list-index.ts).
  title: sql`c.sort_title, c.rowid`,
  "-title": sql`c.sort_title DESC, c.rowid DESC`,
  startYear: sql`c.start_year IS NULL, c.start_year, c.sort_title`,
  "-startYear": sql`c.start_year IS NULL, c.start_year DESC, c.sort_title`,
  country: sql`c.country, c.sort_title`,
};

export function toCaseSummary(row: Row): CaseSummaryRow {
  const list = (v: unknown) => (typeof v === "string" ? (JSON.parse(v) as string[]) : []);
  return {
    id: String(row.id),
    title: String(row.title),
    summary: String(row.summary),
    country: String(row.country),
    region: (row.region as string | null) ?? null,
    city: (row.city as string | null) ?? null,
    latitude: (row.latitude as number | null) ?? null,
    longitude: (row.longitude as number | null) ?? null,
    startYear: (row.startYear as number | null) ?? null,
    endYear: (row.endYear as number | null) ?? null,
    status: (row.status as CaseSummary["status"]) ?? null,
    statusYear: (row.statusYear as number | null) ?? null,
    phase: list(row.phase),
    policyDomain: list(row.policyDomain),
    collaborationType: list(row.collaborationType),
    need: list(row.need),
  };
}

/**
 * The rank-ordered matches of a search (rowid `rid` and `rank`, best first, then by rowid), at most `top`:
 * searched alone, the index picks them itself (a bounded sort, nothing joined first), else every
 * match is filtered, then ranked.
 */
function rankedQuery(filters: CaseFilters, match: string, top: number, offset = 0): SQL {
  const others = toCaseWhere({ ...filters, q: undefined });
  if (others === allCases) {
    return sql`SELECT f.rid AS rid, f.rank AS rank FROM (${searchRanks(match, offset + top)}) f
      ORDER BY f.rank, f.rid LIMIT ${top} OFFSET ${offset}`;
  }
  return sql`SELECT f.rid AS rid, f.rank AS rank FROM cases c JOIN (${searchRanks(match)}) f ON f.rid = c.rowid
    WHERE ${others} ORDER BY f.rank, f.rid LIMIT ${top} OFFSET ${offset}`;
}

/** The page of cases as SQL; relevance ordering joins the search ranking (db/src/search/query.ts). */
export function pageQuery(filters: CaseFilters, sort: CaseSort, limit: number, offset: number): SQL {
  const match = filters.q ? toSearchQuery(filters.q) : undefined;
  if (sort === "relevance" && match) {
    return sql`SELECT ${summaryColumns} FROM (${rankedQuery(filters, match, limit, offset)}) r
      JOIN cases c ON c.rowid = r.rid ORDER BY r.rank, r.rid`;
  }
  const where = toCaseWhere(filters);
  const order = orderBy[sort === "relevance" ? "title" : sort];
  return sql`SELECT ${summaryColumns} FROM cases c WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

/** Facet answers of arbitrary filters, per database, by filters and data version (a few KB each). */
const facetCaches = new WeakMap<Database, VersionedCache<ReturnType<typeof toFacets>>>();

async function readFacets(db: Database, filters: CaseFilters, version: number, hits: Hits | undefined) {
  // The kept pair counts answer in constant time what the hits would count case by case.
  const counted = pairCountedFilter(filters) !== undefined;
  const read = async () =>
    hits && !counted
      ? countHits(hits.index, await hits.rowids(), filters)
      : toFacets(await db.all<FacetRow>(facetsQuery(filters)));
  if (toCaseWhere(filters) === allCases || counted) return read();
  const cache = facetCaches.get(db) ?? new VersionedCache({ maxWeight: 500 });
  facetCaches.set(db, cache);
  return cache.get(toFiltersKey(filters), version, read);
}

/** The hits of a search, a map box or facet filters, read once when first needed, with the list index. */
interface Hits {
  index: ListIndex;
  rowids: () => Promise<Int32Array>;
}

/**
 * The hits of these filters when they are a search or a box (and facets), or facets alone (every case),
 * and the list index is ready.
 */
function readyHits(db: Database, filters: CaseFilters, version: number): Hits | undefined {
  const all = everyCaseHits(filters);
  const statement = all ? undefined : hitsQuery(filters);
  const index = (all || statement) && readyListIndex(db, version);
  if (!index) return undefined;
  if (!statement) return { index, rowids: async () => index.titleOrder };
  let rowids: Promise<Int32Array> | undefined;
  const read = async () => {
    const [row] = await db.all<{ rowids: string | null }>(statement);
    return Int32Array.from(JSON.parse(row?.rowids ?? "[]") as number[]);
  };
  return { index, rowids: () => (rowids ??= read()) };
}

/**
 * A search's ranking is kept for its first this many matches (by filters and data version, as a search
 * engine's result cache): paging within them and asking again read 20 rows instead of ranking every match.
 */
const rankedWindow = 200;
const rankedCaches = new WeakMap<Database, VersionedCache<number[]>>();

/** The rowids of a page of a search in rank order from the kept ranking; undefined past it. */
async function rankedPage(
  db: Database,
  filters: CaseFilters,
  version: number,
  page: { limit: number; offset: number },
) {
  const match = filters.q ? toSearchQuery(filters.q) : undefined;
  if (!match || page.offset + page.limit > rankedWindow) return undefined;
  const cache = rankedCaches.get(db) ?? new VersionedCache<number[]>({ maxWeight: 500 });
  rankedCaches.set(db, cache);
  const ranked = await cache.get(toFiltersKey(filters), version, async () => {
    const rows = await db.all<{ rid: number }>(rankedQuery(filters, match, rankedWindow));
    return rows.map((r) => Number(r.rid));
  });
  return ranked.slice(page.offset, page.offset + page.limit);
}

/** One page of cases: by the kept ranking or the list index when they can answer, else by SQL. */
async function readPage(
  db: Database,
  filters: CaseFilters,
  sort: CaseSort,
  page: { limit: number; offset: number; version: number },
  hits: Hits | undefined,
): Promise<Row[]> {
  if (sort === "relevance") {
    const ranked = await rankedPage(db, filters, page.version, page);
    if (ranked) return readRows(db, ranked);
  }
  if (!hits || (sort !== "title" && sort !== "-title"))
    return db.all<Row>(pageQuery(filters, sort, page.limit, page.offset));
  return readRows(db, titlePage(hits.index, await hits.rowids(), filters, { ...page, descending: sort === "-title" }));
}

/** The cases at these rowids, in this order (one deleted since its rowid was read is left out). */
async function readRows(db: Database, rowids: number[]): Promise<Row[]> {
  if (rowids.length === 0) return [];
  const rows = await db.all<Row>(
    sql`SELECT c.rowid AS rid, ${summaryColumns} FROM cases c
      WHERE c.rowid IN (SELECT value FROM json_each(${JSON.stringify(rowids)}))`,
  );
  const byRowid = new Map<number, Row>(rows.map((r) => [Number(r.rid), r]));
  return rowids.map((rowid) => byRowid.get(rowid)).filter((row): row is Row => row !== undefined);
}

export async function listCases(
  db: Database,
  query: CaseFilters & { sort?: CaseSort; page: number; pageSize: number },
  locale: Locale,
) {
  const sort = query.sort ?? (query.q ? "relevance" : "title");
  const offset = (query.page - 1) * query.pageSize;
  const filters = toCaseFilters(query);
  const version = await readDataVersion(db);
  const hits = readyHits(db, filters, version);
  const [items, { total, facets }] = await Promise.all([
    readPage(db, filters, sort, { limit: query.pageSize, offset, version }, hits),
    readFacets(db, filters, version, hits),
  ]);
  const localised = await localiseCaseSummaries(db, items.map(toCaseSummary), locale);
  if (query.q) {
    const [matched, highlights] = await Promise.all([
      matchedTerms(
        db,
        query.q,
        localised.map((c) => c.id),
      ),
      searchHighlights(db, query.q, locale, localised),
    ]);
    for (const c of localised) {
      const terms = matched.get(c.id);
      if (terms) c.matched = terms as NonNullable<CaseSummary["matched"]>;
      c.highlights = highlights.get(c.id);
    }
  }
  const suggestion = query.q && total < fewResults ? await betterQuery(db, query, total) : undefined;
  return {
    items: localised,
    total,
    page: query.page,
    pageSize: query.pageSize,
    facets,
    ...(suggestion && { suggestion }),
  };
}

/** Below this many results a search offers a spelling suggestion. */
const fewResults = 3;

/** A corrected query (suggest.ts) if, with the same filters, it finds more cases than `total`. */
async function betterQuery(db: Database, filters: CaseFilters, total: number): Promise<string | undefined> {
  const suggestion = await suggestQuery(db, filters.q ?? "");
  if (!suggestion) return undefined;
  const [row] = await db.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM cases c WHERE ${toCaseWhere({ ...filters, q: suggestion })}`,
  );
  return Number(row?.n ?? 0) > total ? suggestion : undefined;
}

const dialect = new SQLiteAsyncDialect();

/** Every matching case that has coordinates, in id order, a batch at a time: the GeoJSON export. */
export async function* streamCasePoints(db: Database, filters: CaseFilters): AsyncGenerator<CaseSummaryRow[]> {
  const query = dialect.sqlToQuery(
    sql`SELECT ${summaryColumns} FROM cases c WHERE ${toCaseWhere(filters)} AND c.latitude IS NOT NULL ORDER BY c.id`,
  );
  for await (const rows of iterateRows<Row>(db, query)) yield rows.map(toCaseSummary);
}

export async function caseExists(db: Database, id: string): Promise<boolean> {
  // drizzle's libsql get() throws on no row, so ask for a list of at most one.
  return (await db.all(sql`SELECT 1 AS found FROM cases WHERE id = ${id} LIMIT 1`)).length > 0;
}

/** Every matching case with the addresses of its sources, in title order, a batch at a time: the CSV export. */
export async function* streamCaseRows(
  db: Database,
  filters: CaseFilters,
): AsyncGenerator<(CaseSummaryRow & { sourceUrls: string[] })[]> {
  const query = dialect.sqlToQuery(
    sql`SELECT ${summaryColumns},
      (SELECT json_group_array(s.url) FROM case_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.case_id = c.id) AS sourceUrls
    FROM cases c WHERE ${toCaseWhere(filters)} ORDER BY c.sort_title, c.rowid`,
  );
  for await (const rows of iterateRows<Row>(db, query)) {
    yield rows.map((r) => ({ ...toCaseSummary(r), sourceUrls: JSON.parse(String(r.sourceUrls)) as string[] }));
  }
}
