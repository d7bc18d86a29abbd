/** Test helper: the trigger-kept tables of migration 0010 against a recount of their sources. */
import { expect } from "vitest";
import type { Database } from "../client.ts";

/** The counts as the triggers keep them: one line per value and per pair of values, zeros left out. */
async function stored(db: Database): Promise<string[]> {
  const singles = await db.$client.execute("SELECT facet, key, count FROM facet_counts WHERE count <> 0");
  const pairs = await db.$client.execute(
    "SELECT facet, key, other_facet, other_key, count FROM facet_pair_counts WHERE count <> 0",
  );
  return [
    ...singles.rows.map((r) => Object.values(r).join("|")),
    ...pairs.rows.map((r) => Object.values(r).join("|")),
  ].sort();
}

const memberships = `SELECT id AS case_id, 'country' AS facet, country AS key FROM cases
  UNION SELECT case_id, scheme, key FROM case_terms WHERE scheme IN ('phase', 'policyDomain', 'collaborationType', 'need')
  UNION SELECT p.case_id, 'stakeholderType', s.type FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id`;

/** The same counts computed from the tables themselves. */
async function counted(db: Database): Promise<string[]> {
  const singles = await db.$client.execute(
    `WITH m AS (${memberships}) SELECT facet, key, count(*) AS n FROM m GROUP BY 1, 2`,
  );
  const pairs = await db.$client.execute(`WITH m AS (${memberships})
    SELECT a.facet, a.key, b.facet AS other_facet, b.key AS other_key, count(*) AS n FROM m a JOIN m b
    ON a.case_id = b.case_id AND NOT (a.facet = b.facet AND a.key = b.key) GROUP BY 1, 2, 3, 4`);
  return [
    ...singles.rows.map((r) => Object.values(r).join("|")),
    ...pairs.rows.map((r) => Object.values(r).join("|")),
  ].sort();
}

const firstPosition = (scheme: string) => `(SELECT min(v.position) FROM case_terms t JOIN terms v
  ON v.scheme = t.scheme AND v.key = t.key WHERE t.case_id = c.id AND t.scheme = '${scheme}')`;

/** The map's points as the triggers keep them, and as computed from the tables. */
async function points(db: Database) {
  const kept = await db.$client.execute(
    "SELECT rowid, longitude, latitude, phase, policy_domain, collaboration_type FROM case_points ORDER BY rowid",
  );
  const computed = await db.$client.execute(`SELECT c.rowid, c.longitude, c.latitude,
    ${firstPosition("phase")} AS phase, ${firstPosition("policyDomain")} AS policy_domain,
    ${firstPosition("collaborationType")} AS collaboration_type
    FROM cases c WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL ORDER BY c.rowid`);
  const lines = (rows: typeof kept.rows) => rows.map((r) => Object.values(r).map(Number).join("|"));
  return { kept: lines(kept.rows), computed: lines(computed.rows) };
}

/**
 * Checks that the tables kept by triggers (facet counts, pair counts, map points) equal what the
 * source tables give when recounted, whoever wrote them.
 */
export async function expectDerivedTablesInStep(db: Database): Promise<void> {
  expect(await stored(db)).toEqual(await counted(db));
  const { kept, computed } = await points(db);
  expect(kept).toEqual(computed);
}
