/**
 * "Cases like this": other cases sharing phases, policy domains and collaboration types, each
 * shared value weighted by its rarity (1 / number of cases with it), so sharing a rare collaboration
 * type counts for more than sharing co-delivery, which most cases have.
 */

import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import { type CaseSummaryRow, toCaseSummary } from "./queries.ts";

export async function listSimilarCases(
  db: Database,
  caseId: string,
  limit: number,
): Promise<(CaseSummaryRow & { shared: string[] })[]> {
  const rows = await db.all<Record<string, unknown>>(sql`
    WITH mine AS (
      SELECT scheme, key FROM case_terms
      WHERE case_id = ${caseId} AND scheme IN ('phase', 'policyDomain', 'collaborationType')
    ),
    df AS (
      SELECT t.scheme, t.key, count(*) AS n FROM case_terms t JOIN mine USING (scheme, key) GROUP BY t.scheme, t.key
    ),
    scored AS (
      SELECT t.case_id, sum(1.0 / df.n) AS score, json_group_array(t.scheme || ':' || t.key) AS shared
      FROM case_terms t JOIN df ON df.scheme = t.scheme AND df.key = t.key
      WHERE t.case_id <> ${caseId}
      GROUP BY t.case_id
    )
    SELECT c.id, c.title, c.summary, c.country, c.region, c.city, c.latitude, c.longitude,
      c.start_year AS startYear, c.end_year AS endYear, c.status, c.status_year AS statusYear,
      (SELECT json_group_array(key) FROM case_terms x WHERE x.case_id = c.id AND x.scheme = 'phase') AS phase,
      (SELECT json_group_array(key) FROM case_terms x WHERE x.case_id = c.id AND x.scheme = 'policyDomain') AS policyDomain,
      (SELECT json_group_array(key) FROM case_terms x WHERE x.case_id = c.id AND x.scheme = 'collaborationType') AS collaborationType,
      (SELECT json_group_array(key) FROM case_terms x WHERE x.case_id = c.id AND x.scheme = 'need') AS need,
      s.shared
    FROM scored s JOIN cases c ON c.id = s.case_id
    ORDER BY s.score DESC, c.sort_title
    LIMIT ${limit}`);
  return rows.map((r) => ({ ...toCaseSummary(r), shared: JSON.parse(String(r.shared)) as string[] }));
}
