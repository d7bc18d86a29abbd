import { rename, rm } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { type Database, openDatabase } from "@atlas/db/client";
import { readAtlasData } from "@atlas/db/data-files";
import { withFacetCountingSuspended } from "@atlas/db/facet-counts";
import { migrateDatabase } from "@atlas/db/migrate";
import { optimizeDatabase } from "@atlas/db/prepare";
import type { InValue, Transaction } from "@libsql/client";
import { sql } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { caseSearchRows, termSearchRows, toIndexText } from "../../db/src/search/index-text.ts";
import { indexRowsInsert, termTextStatements } from "../../db/src/search/statements.ts";
import { type Corpus, generateCorpusBatches, vocabulary } from "./generate.ts";
import { caseColumns, toCaseRow } from "./load.ts";

/** Cases per statement: a few MB of JSON each. */
const casesPerBatch = 5_000;

/** One INSERT of many rows given as a JSON array of arrays (in column order). */
async function insertJson(tx: Transaction, table: string, columns: readonly string[], rows: unknown[][]) {
  if (rows.length === 0) return;
  const values = columns.map((_, i) => `j.value ->> ${i}`).join(", ");
  await tx.execute({
    sql: `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${values} FROM json_each(?) j`,
    args: [JSON.stringify(rows)],
  });
}

function caseRows(batch: Corpus): unknown[][] {
  return batch.cases.map((c) => toCaseRow(c));
}

/** Search text as the projection writes it for a case with no translations: English, and places in every language. */
function searchRows(batch: Corpus): unknown[][] {
  return batch.cases.flatMap((c) =>
    caseSearchRows(c, {}).map((r) => [r.caseId, r.lang, r.title, r.summary, r.body, r.places]),
  );
}

const dialect = new SQLiteSyncDialect();

async function writeBatch(tx: Transaction, batch: Corpus, searchIndex: boolean): Promise<void> {
  if (batch.stakeholders.length > 0) {
    await insertJson(tx, "stakeholders", ["id", "name", "type", "country", "city"], batch.stakeholders);
    await insertJson(
      tx,
      "stakeholder_search_text",
      ["stakeholder_id", "text"],
      batch.stakeholders.map(([id, name]) => [id, toIndexText(name, "en")]),
    );
  }
  if (batch.cases.length === 0) return;
  await insertJson(tx, "cases", caseColumns, caseRows(batch));
  await insertJson(tx, "case_terms", ["case_id", "scheme", "key"], batch.caseTerms);
  await insertJson(tx, "participations", ["case_id", "stakeholder_id", "role"], batch.participations);
  if (!searchIndex) return;
  await insertJson(tx, "search_text", ["case_id", "lang", "title", "summary", "body", "places"], searchRows(batch));
  const ids = JSON.stringify(batch.cases.map((c) => c.id));
  const index = dialect.sqlToQuery(indexRowsInsert(sql`SELECT value FROM json_each(${ids})`));
  await tx.execute({ sql: index.sql, args: index.params as InValue[] });
}

async function writeVocabulary(db: Database): Promise<void> {
  const tx = await db.$client.transaction("write");
  const rows = Object.entries(vocabulary).flatMap(([scheme, keys]) =>
    keys.map((key, position) => [scheme, key, position]),
  );
  await insertJson(tx, "terms", ["scheme", "key", "position"], rows);
  await tx.commit();
  // The labels and synonyms the seed indexes, so that a search finds cases by their terms' words.
  const terms = termTextStatements(db, termSearchRows((await readAtlasData()).vocabularies));
  await db.batch(terms as [(typeof terms)[number], ...typeof terms]);
}

/**
 * The triggers that fire on the bulk-loaded tables' inserts, each with the statement that writes in one
 * pass what it would have written row by row (the same statements as migration 0001 and 0010's backfills).
 */
const bulkRebuilds: Record<string, string | null> = {
  cases_rtree_insert: `INSERT INTO cases_rtree SELECT rowid, longitude, longitude, latitude, latitude FROM cases
    WHERE latitude IS NOT NULL AND longitude IS NOT NULL`,
  cases_facets_insert: "INSERT INTO case_facets (case_id, facet, key) SELECT id, 'country', country FROM cases",
  case_terms_facets_insert: `INSERT INTO case_facets (case_id, facet, key) SELECT case_id, scheme, key FROM case_terms
    WHERE scheme IN ('phase', 'policyDomain', 'collaborationType', 'need')`,
  participations_facets_insert: `INSERT INTO case_facets (case_id, facet, key, n)
    SELECT p.case_id, 'stakeholderType', s.type, count(*) FROM participations p JOIN stakeholders s ON s.id = p.stakeholder_id
    GROUP BY p.case_id, s.type`,
  cases_points_insert: `INSERT INTO case_points (rowid, longitude, latitude, phase, policy_domain, collaboration_type)
    SELECT c.rowid, c.longitude, c.latitude, ${firstPosition("phase")}, ${firstPosition("policyDomain")},
      ${firstPosition("collaborationType")}
    FROM cases c WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL`,
  // Filled with the points above.
  case_terms_points_insert: null,
  // One change of the published data, counted once.
  cases_data_version_insert: "UPDATE data_version SET version = version + 1 WHERE id = 1",
  case_terms_data_version_insert: null,
  participations_data_version_insert: null,
  stakeholders_data_version_insert: null,
};

function firstPosition(scheme: string): string {
  return `(SELECT min(v.position) FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key
    WHERE t.case_id = c.id AND t.scheme = '${scheme}')`;
}

const loadedTables = ["cases", "case_terms", "participations", "stakeholders"];

/**
 * Runs `load` with the insert triggers of the loaded tables off, then writes what they would have in
 * one pass each and puts them back. Fails on a trigger it does not know, rather than leave its table short.
 */
async function withInsertTriggersSuspended(db: Database, load: () => Promise<void>): Promise<void> {
  const client = db.$client;
  const { rows } = await client.execute({
    sql: `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT ON%'
      AND tbl_name IN (${loadedTables.map(() => "?").join(", ")}) ORDER BY name`,
    args: loadedTables,
  });
  const unknown = rows.map((r) => String(r.name)).filter((name) => !(name in bulkRebuilds));
  if (unknown.length > 0) throw new Error(`bench build: no bulk rebuild for trigger(s) ${unknown.join(", ")}`);
  await client.batch(
    rows.map((r) => `DROP TRIGGER ${String(r.name)}`),
    "write",
  );
  await load();
  const rebuilds = Object.values(bulkRebuilds).filter((statement): statement is string => statement !== null);
  await client.batch([...rebuilds, ...rows.map((r) => String(r.sql))], "write");
}

/** Loads `cases` generated cases into a migrated, empty database. */
async function loadGenerated(db: Database, cases: number, searchIndex = true): Promise<void> {
  const client = db.$client;
  await client.execute("PRAGMA synchronous = OFF");
  await client.execute("PRAGMA cache_size = -262144");
  await writeVocabulary(db);
  await withFacetCountingSuspended(db, () =>
    withInsertTriggersSuspended(db, async () => {
      const tx = await client.transaction("write");
      try {
        for (const batch of generateCorpusBatches(cases, casesPerBatch)) await writeBatch(tx, batch, searchIndex);
        await tx.commit();
      } finally {
        tx.close();
      }
    }),
  );
  await client.execute("PRAGMA synchronous = FULL");
}

/** Builds the database file of `cases` generated cases (replacing any), in seconds. */
export async function buildBenchDatabase(file: string, cases: number, searchIndex = true): Promise<number> {
  const started = performance.now();
  const partial = `${file}.partial`;
  await removeDatabase(partial);
  const db = await openDatabase({ url: `file:${partial}` });
  try {
    await migrateDatabase(db);
    await loadGenerated(db, cases, searchIndex);
    await optimizeDatabase(db);
    await db.$client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    db.$client.close();
  }
  await removeDatabase(file);
  await rename(partial, file);
  await removeDatabase(partial);
  return (performance.now() - started) / 1000;
}

export async function removeDatabase(file: string): Promise<void> {
  await Promise.all(["", "-wal", "-shm"].map((suffix) => rm(`${file}${suffix}`, { force: true })));
}
