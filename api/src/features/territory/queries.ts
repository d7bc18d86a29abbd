import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import { toCaseSummary } from "../cases/queries.ts";
import type { Candidate } from "./match.ts";

type Row = Record<string, unknown>;
const list = (v: unknown) =>
  typeof v === "string" ? (JSON.parse(v) as (string | null)[]).filter((x): x is string => !!x) : [];

/** Every case with what the matching compares, and its summary for the answer. */
export async function loadCandidates(db: Database) {
  const rows =
    await db.all<Row>(sql`SELECT c.id, c.title, c.summary, c.country, c.region, c.city, c.latitude, c.longitude,
    c.start_year AS startYear, c.end_year AS endYear, c.status, c.scale, c.framework,
    (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'phase') AS phase,
    (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'policyDomain') AS policyDomain,
    (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'collaborationType') AS collaborationType,
    (SELECT json_group_array(key) FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'need') AS need,
    (SELECT json_group_array(DISTINCT s.type) FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id WHERE p.case_id = c.id) AS partnerTypes,
    (SELECT json_group_array(DISTINCT f) FROM (
      SELECT s.sse_form AS f FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id WHERE p.case_id = c.id
      UNION SELECT key FROM case_terms t WHERE t.case_id = c.id AND t.scheme = 'sseForm')) AS forms
    FROM cases c ORDER BY c.id`);
  return rows.map((r) => {
    const summary = { ...toCaseSummary(r), scale: (r.scale as string | null) ?? null, framework: Boolean(r.framework) };
    const candidate: Candidate = {
      id: summary.id,
      country: summary.country,
      scale: summary.scale,
      policyDomain: summary.policyDomain,
      phase: summary.phase,
      partnerTypes: list(r.partnerTypes),
      forms: list(r.forms),
    };
    return { summary, candidate };
  });
}
