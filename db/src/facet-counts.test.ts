import { describe, expect, it } from "vitest";
import { withFacetCountingSuspended } from "./facet-counts.ts";
import { readAtlasData } from "./seed/data-files.ts";
import { seedDatabase } from "./seed/seed.ts";
import { expectDerivedTablesInStep as expectInStep } from "./testing/derived-tables.ts";
import { openTestDatabase, writeDataDir } from "./testing/fixture.ts";

describe("facet counts", () => {
  it("stay in step with every kind of write to cases, their terms, participations and stakeholders", async () => {
    const data = await readAtlasData(await writeDataDir());
    const db = await openTestDatabase(data);
    const run = (statement: string) => db.$client.execute(statement);
    await expectInStep(db);
    const spain = await run("SELECT count FROM facet_counts WHERE facet = 'country' AND key = 'ES'");
    expect(Number(spain.rows[0]?.count)).toBeGreaterThan(0);

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
