import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "@atlas/db/client";
import { readAtlasData } from "@atlas/db/data-files";
import { migrateDatabase } from "@atlas/db/migrate";
import { expectDerivedTablesInStep } from "@atlas/db/testing/derived-tables";
import { afterAll, describe, expect, it } from "vitest";
import { backfillSearchText } from "../../db/src/search/backfill.ts";
import { termSearchRows } from "../../db/src/search/index-text.ts";
import { termTextStatements } from "../../db/src/search/statements.ts";
import { buildBenchDatabase } from "./build.ts";
import { generateCorpus, markers } from "./generate.ts";
import { loadCorpus } from "./load.ts";

/** Every table the bench's queries read, in a fixed order (the data version aside: it counts writes, not rows). */
const tables = {
  cases: "SELECT rowid, * FROM cases ORDER BY rowid",
  case_terms: "SELECT rowid, * FROM case_terms ORDER BY rowid",
  participations: "SELECT rowid, * FROM participations ORDER BY rowid",
  stakeholders: "SELECT rowid, * FROM stakeholders ORDER BY rowid",
  terms: "SELECT * FROM terms ORDER BY scheme, key",
  case_facets: "SELECT * FROM case_facets ORDER BY case_id, facet, key",
  facet_counts: "SELECT * FROM facet_counts WHERE count <> 0 ORDER BY facet, key",
  facet_pair_counts: "SELECT * FROM facet_pair_counts WHERE count <> 0 ORDER BY facet, key, other_facet, other_key",
  case_points: "SELECT rowid, * FROM case_points ORDER BY rowid",
  cases_rtree: "SELECT * FROM cases_rtree ORDER BY id",
  search_text: "SELECT * FROM search_text ORDER BY case_id, lang",
  stakeholder_search_text: "SELECT * FROM stakeholder_search_text ORDER BY stakeholder_id",
  term_search_text: "SELECT * FROM term_search_text ORDER BY scheme, key, lang",
  case_search_vocab: "SELECT term, doc, cnt FROM case_search_vocab ORDER BY term",
  case_search_rare: `SELECT rowid FROM case_search WHERE case_search MATCH '${markers.rare.word}' ORDER BY rowid`,
};

async function contents(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, query] of Object.entries(tables)) {
    const { rows } = await db.$client.execute(query);
    out[name] = JSON.stringify(rows.map((r) => Object.values(r)));
  }
  return out;
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("bench database builder", () => {
  it("writes the same rows as the row-by-row loader with every trigger on, plus the app's search backfill", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atlas-bench-build-"));
    dirs.push(dir);
    const cases = 400;

    // The reference: one INSERT per table and 1,000 cases, every trigger counting row by row, then the
    // search text as the app fills it for records written without the projection.
    const reference = await openDatabase({ url: `file:${join(dir, "reference.db")}` });
    await migrateDatabase(reference);
    const terms = termTextStatements(reference, termSearchRows((await readAtlasData()).vocabularies));
    await reference.batch(terms as [(typeof terms)[number], ...typeof terms]);
    await loadCorpus(reference, generateCorpus(cases));
    await backfillSearchText(reference);

    const file = join(dir, "fast.db");
    await buildBenchDatabase(file, cases);
    const fast = await openDatabase({ url: `file:${file}` });
    try {
      const [expected, actual] = [await contents(reference), await contents(fast)];
      expect(JSON.parse(expected.cases as string)).toHaveLength(cases);
      expect(JSON.parse(expected.case_search_rare as string).length).toBeGreaterThan(0);
      for (const name of Object.keys(tables))
        expect({ name, rows: actual[name] }).toEqual({ name, rows: expected[name] });
      await expectDerivedTablesInStep(fast);
      // The triggers are back: a write after the build is counted as the app's would be.
      await fast.$client.execute("DELETE FROM cases WHERE rowid = 1");
      await expectDerivedTablesInStep(fast);
    } finally {
      reference.$client.close();
      fast.$client.close();
    }
  });
});
