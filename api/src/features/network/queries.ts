/** Reads what a network is built from: the matching cases, their participants and relationships. */

import type { Database } from "@atlas/db/client";
import { type SQL, sql } from "drizzle-orm";
import { toCaseWhere } from "../cases/filters.ts";
import type { CaseFilters } from "../cases/schema.ts";
import type { NetworkRows } from "./build.ts";

type CaseRow = NetworkRows["cases"][number];
type ParticipationRow = NetworkRows["participations"][number];
type RelationshipRow = Omit<NetworkRows["relationships"][number], "directed"> & { directed: number | boolean };

async function loadRows(db: Database, caseIds: SQL): Promise<NetworkRows> {
  const [cases, participations, relationships] = await db.batch([
    db.all<CaseRow>(sql`SELECT c.id, c.title, c.country FROM cases c WHERE c.id IN (${caseIds}) ORDER BY c.id`),
    db.all<ParticipationRow>(sql`SELECT p.case_id AS caseId, p.stakeholder_id AS stakeholderId, p.role,
        s.name, s.type, s.country
      FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id
      WHERE p.case_id IN (${caseIds}) ORDER BY p.case_id, p.stakeholder_id, p.role`),
    db.all<RelationshipRow>(sql`SELECT r.id, r.case_id AS caseId, r.from_id AS fromId, r.to_id AS toId, r.type,
        r.directed, r.start_year AS startYear, r.end_year AS endYear, r.basis
      FROM relationships r WHERE r.case_id IN (${caseIds}) ORDER BY r.id`),
  ]);
  return {
    cases,
    participations,
    relationships: relationships.map((r) => ({ ...r, directed: Boolean(r.directed) })),
  };
}

/** The rows behind the network of every case matching the filters (and among `case`, when given). */
export function loadNetworkRows(db: Database, filters: CaseFilters & { case?: string[] }): Promise<NetworkRows> {
  const only = filters.case?.length
    ? sql` AND c.id IN (SELECT value FROM json_each(${JSON.stringify(filters.case)}))`
    : sql``;
  return loadRows(db, sql`SELECT c.id FROM cases c WHERE ${toCaseWhere(filters)}${only}`);
}

/** The rows of one case's network, or undefined when there is no such case. */
export async function loadCaseNetworkRows(db: Database, caseId: string): Promise<NetworkRows | undefined> {
  const rows = await loadRows(db, sql`SELECT ${caseId}`);
  return rows.cases.length ? rows : undefined;
}
