/**
 * The shape of the collection under the current filters. Like the facet counts, each chart leaves
 * its own filters out, so it shows the choices beside the one made (the selected cell is the filter).
 */
import type { Database } from "@atlas/db/client";
import { type SQL, sql } from "drizzle-orm";
import { toCaseWhere } from "../cases/filters.ts";
import type { CaseFilters } from "../cases/schema.ts";
import type { Patterns } from "./schema.ts";

type Cell = { row: string; column: string; count: number };

const scope = (filters: CaseFilters, omit: Partial<Record<keyof CaseFilters, undefined>>): SQL =>
  sql`SELECT c.id FROM cases c WHERE ${toCaseWhere({ ...filters, ...omit })}`;

const termByTerm = (rowScheme: string, columnScheme: string, ids: SQL) =>
  sql`SELECT r.key AS row, k.key AS "column", count(*) AS count FROM case_terms r
    JOIN case_terms k ON k.case_id = r.case_id AND k.scheme = ${columnScheme}
    WHERE r.scheme = ${rowScheme} AND r.case_id IN (${ids}) GROUP BY r.key, k.key`;

const toCells = (rows: Record<string, unknown>[]): Cell[] =>
  rows.map((r) => ({ row: String(r.row), column: String(r.column), count: Number(r.count) }));

export async function getPatterns(db: Database, filters: CaseFilters): Promise<Patterns> {
  const [total, phaseByDomain, collaborationByCountry, years, rolesByType] = await db.batch([
    db.all<{ count: number }>(sql`SELECT count(*) AS count FROM cases c WHERE ${toCaseWhere(filters)}`),
    db.all<Cell>(termByTerm("phase", "policyDomain", scope(filters, { phase: undefined, policyDomain: undefined }))),
    db.all<Cell>(sql`SELECT r.key AS row, c.country AS "column", count(*) AS count FROM case_terms r
      JOIN cases c ON c.id = r.case_id
      WHERE r.scheme = 'collaborationType' AND r.case_id IN (${scope(filters, { collaborationType: undefined, country: undefined })})
      GROUP BY r.key, c.country`),
    db.all<{ year: number | null; count: number }>(sql`SELECT c.start_year AS year, count(*) AS count FROM cases c
      WHERE c.id IN (${scope(filters, { started: undefined })}) GROUP BY c.start_year ORDER BY c.start_year`),
    db.all<Cell>(sql`SELECT p.role AS row, s.type AS "column", count(DISTINCT p.case_id) AS count FROM participations p
      JOIN stakeholders s ON s.id = p.stakeholder_id
      WHERE p.case_id IN (${scope(filters, { participation: undefined })}) GROUP BY p.role, s.type`),
  ]);
  const yearRows = years as { year: number | null; count: number }[];
  return {
    total: Number((total as { count: number }[])[0]?.count ?? 0),
    phaseByDomain: toCells(phaseByDomain as Cell[]),
    collaborationByCountry: toCells(collaborationByCountry as Cell[]),
    startedPerYear: yearRows
      .filter((r) => r.year !== null)
      .map((r) => ({ year: Number(r.year), count: Number(r.count) })),
    startUnknown: Number(yearRows.find((r) => r.year === null)?.count ?? 0),
    rolesByType: toCells(rolesByType as Cell[]),
  };
}
