/**
 * Case filters as SQL conditions over `cases c`. Within one filter any value matches; filters
 * combine with AND. `omit` leaves one filter out, which is how facet counts are computed.
 */
import { searchMatches, toSearchQuery } from "@atlas/db/search";
import { type SQL, sql } from "drizzle-orm";
import type { Bbox } from "../../http/query.ts";
import type { CaseFilters, FacetName } from "./schema.ts";

/** Filters by vocabulary terms: each named as its scheme. */
const termFilters = ["policyDomain", "phase", "collaborationType", "need"] as const;

const json = (values: string[]) => JSON.stringify(values);

const filterKeys = [
  "q",
  "country",
  "policyDomain",
  "phase",
  "collaborationType",
  "need",
  "stakeholderType",
  "stakeholder",
  "from",
  "to",
  "bbox",
  "started",
  "participation",
] as const satisfies readonly (keyof CaseFilters)[];

/** Only the filters of a query (not its page or sort), those that are set. */
export function toCaseFilters(query: CaseFilters): CaseFilters {
  const out: Record<string, unknown> = {};
  for (const key of filterKeys) {
    const value = query[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as CaseFilters;
}

/** One string per set of filters, whatever the order of their values: a cache key. */
export function toFiltersKey(filters: CaseFilters): string {
  const canonical = toCaseFilters(filters) as Record<string, unknown>;
  return JSON.stringify(
    filterKeys
      .filter((key) => canonical[key] !== undefined)
      .map((key) => {
        const value = canonical[key];
        return [key, Array.isArray(value) ? [...value].sort() : value];
      }),
  );
}

/** The condition of no filter at all; queries compare against it to skip work that selects everything. */
export const allCases: SQL = sql`1`;

export function toCaseWhere(filters: CaseFilters, omit?: FacetName): SQL {
  const conditions: SQL[] = [];
  const match = filters.q ? toSearchQuery(filters.q) : undefined;
  if (filters.q && !match) conditions.push(sql`0`);
  if (match) conditions.push(sql`c.rowid IN (${searchMatches(match)})`);
  if (filters.country?.length && omit !== "country") {
    // One country as an equality, so the planner reads cases_country_title_idx in title order.
    const [only] = filters.country;
    conditions.push(
      filters.country.length === 1
        ? sql`c.country = ${only}`
        : sql`c.country IN (SELECT value FROM json_each(${json(filters.country)}))`,
    );
  }
  for (const scheme of termFilters) {
    const values = filters[scheme];
    if (!values?.length || omit === scheme) continue;
    conditions.push(
      sql`c.id IN (SELECT case_id FROM case_terms WHERE scheme = ${scheme} AND key IN (SELECT value FROM json_each(${json(values)})))`,
    );
  }
  if (filters.stakeholderType?.length && omit !== "stakeholderType") {
    conditions.push(sql`c.id IN (SELECT p.case_id FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id
      WHERE s.type IN (SELECT value FROM json_each(${json(filters.stakeholderType)})))`);
  }
  if (filters.stakeholder?.length) {
    conditions.push(sql`c.id IN (SELECT case_id FROM participations
      WHERE stakeholder_id IN (SELECT value FROM json_each(${json(filters.stakeholder)})))`);
  }
  if (filters.from !== undefined) {
    // A case with no end year that has not ended is still running, so it reaches every later year.
    conditions.push(
      sql`coalesce(c.end_year, CASE WHEN c.status = 'ended' THEN c.start_year ELSE 9999 END) >= ${filters.from}`,
    );
  }
  if (filters.to !== undefined) conditions.push(sql`c.start_year <= ${filters.to}`);
  if (filters.started) conditions.push(sql`c.start_year BETWEEN ${filters.started.from} AND ${filters.started.to}`);
  if (filters.participation?.length) {
    conditions.push(sql`c.id IN (SELECT p.case_id FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id
      WHERE s.type || ':' || p.role IN (SELECT value FROM json_each(${json(filters.participation)})))`);
  }
  if (filters.bbox) conditions.push(bboxCondition(filters.bbox));
  return conditions.length ? sql.join(conditions, sql` AND `) : allCases;
}

/** The rowids (as `id`) of the cases in a box, read from the R*Tree; a box across the antimeridian is two. */
export function bboxRowids(b: Bbox): SQL {
  const inBox = (minLon: number, maxLon: number) =>
    sql`SELECT id FROM cases_rtree WHERE min_lon >= ${minLon} AND max_lon <= ${maxLon}
      AND min_lat >= ${b.minLat} AND max_lat <= ${b.maxLat}`;
  if (b.minLon <= b.maxLon) return inBox(b.minLon, b.maxLon);
  return sql`${inBox(b.minLon, 180)} UNION ALL ${inBox(-180, b.maxLon)}`;
}

const bboxCondition = (b: Bbox): SQL => sql`c.rowid IN (${bboxRowids(b)})`;
