import { describe, expect, it } from "vitest";
import type { Database } from "./client.ts";
import { withFacetCountingSuspended } from "./facet-counts.ts";
import { readAtlasData } from "./seed/data-files.ts";
import { seedDatabase } from "./seed/seed.ts";
import { openTestDatabase, writeDataDir } from "./testing/fixture.ts";

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

async function expectInStep(db: Database) {
  expect(await stored(db)).toEqual(await counted(db));
  const { kept, computed } = await points(db);
  expect(kept).toEqual(computed);
}

describe("facet counts", () => {
  it("stay in step with every kind of write to cases, their terms, participations and stakeholders", async () => {
    const data = await readAtlasData(await writeDataDir());
    const db = await openTestDatabase(data);
    const run = (statement: string) => db.$client.execute(statement);
    await expectInStep(db);
    const before = await stored(db);
    expect(before.some((line) => line.startsWith("country|ES|"))).toBe(true);

    await run("UPDATE cases SET country = 'TN' WHERE rowid = (SELECT min(rowid) FROM cases)");
    await expectInStep(db);
    await run("UPDATE cases SET title = title || '!'");
    await expectInStep(db);
    await run(
      "UPDATE cases SET latitude = NULL WHERE rowid = (SELECT min(rowid) FROM cases WHERE latitude IS NOT NULL)",
    );
    await expectInStep(db);
    await run("UPDATE cases SET latitude = 40, longitude = 3 WHERE latitude IS NULL");
    await expectInStep(db);
    await run("UPDATE terms SET position = position + 10 WHERE scheme = 'phase' AND key = 'co-design'");
    await expectInStep(db);
    await run("DELETE FROM case_terms WHERE rowid = (SELECT min(rowid) FROM case_terms WHERE scheme = 'phase')");
    await expectInStep(db);
    await run(`INSERT OR IGNORE INTO case_terms (case_id, scheme, key)
      SELECT id, 'phase', 'co-delivery' FROM cases`);
    await expectInStep(db);
    await run("UPDATE stakeholders SET type = 'sse-organisation' WHERE id = 'city-of-seville'");
    await expectInStep(db);
    await run("DELETE FROM participations WHERE rowid = (SELECT max(rowid) FROM participations)");
    await expectInStep(db);
    await run("DELETE FROM stakeholders WHERE id = 'coop-one'");
    await expectInStep(db);
    await run("DELETE FROM cases WHERE rowid = (SELECT max(rowid) FROM cases)");
    await expectInStep(db);

    // A new seed from the same files writes the cases back through the record projection.
    await seedDatabase(db, { data });
    await expectInStep(db);
  });

  it("are recounted in one pass after a bulk load with per-row counting suspended", async () => {
    const db = await openTestDatabase(await readAtlasData(await writeDataDir()));
    await withFacetCountingSuspended(db, async () => {
      await db.$client.execute(`INSERT INTO cases (id, title, summary, country, location_precision, coded_by)
        SELECT id || '-copy', title, summary, 'IT', location_precision, coded_by FROM cases`);
      await db.$client.execute(`INSERT INTO case_terms (case_id, scheme, key)
        SELECT case_id || '-copy', scheme, key FROM case_terms WHERE case_id IN (SELECT id FROM cases)`);
    });
    await expectInStep(db);
    await db.$client.execute("DELETE FROM cases WHERE id LIKE '%-copy'");
    await expectInStep(db);
  });
});
