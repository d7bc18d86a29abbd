/** Reads cases for the API: a filtered page with facet counts, GeoJSON points, one case in full. */

import type { Database } from "@atlas/db/client";
import { type SQL, sql } from "drizzle-orm";
import type { CaseSort } from "../../contract.ts";
import { allCases, toCaseWhere, toFtsQuery } from "./filters.ts";
import { type CaseFilters, type CaseSummary, type FacetName, facetNames } from "./schema.ts";

type Row = Record<string, unknown>;

const summaryColumns = sql`c.id, c.title, c.summary, c.country, c.region, c.city, c.latitude, c.longitude,
  c.start_year AS startYear, c.end_year AS endYear, c.status, c.status_year AS statusYear,
  (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'phase') AS phase,
  (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'policyDomain') AS policyDomain,
  (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'collaborationType') AS collaborationType,
  (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'need') AS need`;

const orderBy: Record<Exclude<CaseSort, "relevance">, SQL> = {
  title: sql`c.title COLLATE NOCASE, c.id`,
  "-title": sql`c.title COLLATE NOCASE DESC, c.id`,
  startYear: sql`c.start_year IS NULL, c.start_year, c.title COLLATE NOCASE`,
  "-startYear": sql`c.start_year IS NULL, c.start_year DESC, c.title COLLATE NOCASE`,
  country: sql`c.country, c.title COLLATE NOCASE`,
};

export function toCaseSummary(row: Row): CaseSummary {
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

/** The page of cases as SQL; relevance ordering joins the FTS ranking. */
export function pageQuery(filters: CaseFilters, sort: CaseSort, limit: number, offset: number): SQL {
  const fts = filters.q ? toFtsQuery(filters.q) : undefined;
  const where = toCaseWhere(filters);
  if (sort === "relevance" && fts) {
    // Title and summary words weigh more than the body text: bm25 column weights in FTS column order.
    return sql`SELECT ${summaryColumns} FROM cases c
      JOIN (SELECT rowid AS rid, bm25(cases_fts, 10, 4, 1, 3, 3, 1, 1) AS rank FROM cases_fts WHERE cases_fts MATCH ${fts}) f
        ON f.rid = c.rowid
      WHERE ${where} ORDER BY f.rank, c.id LIMIT ${limit} OFFSET ${offset}`;
  }
  const order = orderBy[sort === "relevance" ? "title" : sort];
  return sql`SELECT ${summaryColumns} FROM cases c WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

/** Whether the request filters by the facet's own dimension (then its counts need their own scope). */
function filtersBy(filters: CaseFilters, facet: FacetName): boolean {
  return (filters[facet]?.length ?? 0) > 0;
}

/** One facet's counts over the cases whose ids `scope` selects. */
function facetArm(facet: FacetName, scope: SQL): SQL {
  if (facet === "country") {
    return sql`SELECT 'country' AS facet, c.country AS key, count(*) AS count FROM cases c WHERE c.id IN (${scope}) GROUP BY c.country`;
  }
  if (facet === "stakeholderType") {
    return sql`SELECT 'stakeholderType' AS facet, s.type AS key, count(DISTINCT p.case_id) AS count FROM participations p
      JOIN stakeholders s ON s.id = p.stakeholder_id WHERE p.case_id IN (${scope}) GROUP BY s.type`;
  }
  return sql`SELECT ${facet} AS facet, t.key AS key, count(*) AS count FROM case_terms t
    WHERE t.scheme = ${facet} AND t.case_id IN (${scope}) GROUP BY t.key`;
}

/**
 * The total and every facet in one statement. The matching cases are computed once (a materialized
 * CTE) and shared by the facets whose own dimension is not filtered; a facet of a filtered dimension
 * counts with its own filter left out. With no filter at all, term facets read the (scheme, key) index alone.
 */
export function facetsQuery(filters: CaseFilters): SQL {
  const where = toCaseWhere(filters);
  if (where === allCases) {
    const arms = facetNames.map((f) =>
      f === "country" || f === "stakeholderType"
        ? facetArm(f, sql`SELECT id FROM cases`)
        : sql`SELECT ${f} AS facet, t.key AS key, count(*) AS count FROM case_terms t WHERE t.scheme = ${f} GROUP BY t.key`,
    );
    return sql.join(
      [sql`SELECT 'total' AS facet, NULL AS key, count(*) AS count FROM cases`, ...arms],
      sql` UNION ALL `,
    );
  }
  const arms = facetNames.map((f) =>
    facetArm(
      f,
      filtersBy(filters, f)
        ? sql`SELECT c.id FROM cases c WHERE ${toCaseWhere(filters, f)}`
        : sql`SELECT id FROM matched`,
    ),
  );
  return sql`WITH matched AS MATERIALIZED (SELECT c.id FROM cases c WHERE ${where})
    ${sql.join([sql`SELECT 'total' AS facet, NULL AS key, count(*) AS count FROM matched`, ...arms], sql` UNION ALL `)}`;
}

type FacetRow = { facet: FacetName | "total"; key: string | null; count: number };

export function toFacets(rows: FacetRow[]) {
  const facets = Object.fromEntries(facetNames.map((f) => [f, [] as { key: string; count: number }[]])) as Record<
    FacetName,
    { key: string; count: number }[]
  >;
  let total = 0;
  for (const r of rows) {
    if (r.facet === "total") total = Number(r.count);
    else facets[r.facet].push({ key: String(r.key), count: Number(r.count) });
  }
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { total, facets };
}

export async function listCases(
  db: Database,
  query: CaseFilters & { sort?: CaseSort; page: number; pageSize: number },
) {
  const sort = query.sort ?? (query.q ? "relevance" : "title");
  const offset = (query.page - 1) * query.pageSize;
  const [items, facetRows] = await db.batch([
    db.all<Row>(pageQuery(query, sort, query.pageSize, offset)),
    db.all<FacetRow>(facetsQuery(query)),
  ]);
  const { total, facets } = toFacets(facetRows as FacetRow[]);
  return { items: (items as Row[]).map(toCaseSummary), total, page: query.page, pageSize: query.pageSize, facets };
}

/** Every matching case that has coordinates, for the map. */
export async function listCasePoints(db: Database, filters: CaseFilters): Promise<CaseSummary[]> {
  const rows = await db.all<Row>(
    sql`SELECT ${summaryColumns} FROM cases c WHERE ${toCaseWhere(filters)} AND c.latitude IS NOT NULL ORDER BY c.id`,
  );
  return rows.map(toCaseSummary);
}

export async function caseExists(db: Database, id: string): Promise<boolean> {
  // drizzle's libsql get() throws on no row, so ask for a list of at most one.
  return (await db.all(sql`SELECT 1 AS found FROM cases WHERE id = ${id} LIMIT 1`)).length > 0;
}

/** Every matching case with the addresses of its sources, for the CSV export. */
export async function listCaseRows(db: Database, filters: CaseFilters) {
  const rows = await db.all<Row>(
    sql`SELECT ${summaryColumns},
      (SELECT json_group_array(s.url) FROM case_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.case_id = c.id) AS sourceUrls
    FROM cases c WHERE ${toCaseWhere(filters)} ORDER BY c.title COLLATE NOCASE, c.id`,
  );
  return rows.map((r) => ({ ...toCaseSummary(r), sourceUrls: JSON.parse(String(r.sourceUrls)) as string[] }));
}
