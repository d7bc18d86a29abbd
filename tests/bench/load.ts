/**
 * Bulk-loads a generated corpus: multi-row INSERTs sent with the libSQL client's batch() in "write"
 * transactions (BEGIN IMMEDIATE). The R*Tree index fills through the migration's triggers; the search
 * indexes are built after (search-index.ts).
 */

import type { Database } from "@atlas/db/client";
import type { InStatement, InValue } from "@libsql/client";
import { toSortKey } from "../../db/src/sort-key.ts";
import { type Corpus, vocabulary } from "./generate.ts";

/** Cases per transaction: one commit (an fsync under synchronous=FULL) per this many cases. */
const casesPerBatch = 1_000;
/** Bound values per INSERT, far below libSQL's limit of 32,766. */
const valuesPerStatement = 3_000;

export function toInsertStatements(
  table: string,
  columns: readonly string[],
  rows: readonly InValue[][],
): InStatement[] {
  const rowsPerStatement = Math.max(1, Math.floor(valuesPerStatement / columns.length));
  const placeholders = `(${columns.map(() => "?").join(", ")})`;
  const statements: InStatement[] = [];
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    statements.push({
      sql: `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${chunk.map(() => placeholders).join(", ")}`,
      args: chunk.flat(),
    });
  }
  return statements;
}

/** The cases table's columns both loaders write, in their rows' order (build.ts writes them in bulk). */
export const caseColumns = [
  "id",
  "title",
  "sort_title",
  "summary",
  "description",
  "country",
  "city",
  "latitude",
  "longitude",
  "location_precision",
  "start_year",
  "end_year",
  "status",
  "scale",
  "coded_by",
] as const;

/** A generated case as a row of `caseColumns`. */
export function toCaseRow(c: Corpus["cases"][number], idPrefix = ""): InValue[] {
  return [
    `${idPrefix}${c.id}`,
    c.title,
    toSortKey(c.title),
    c.summary,
    c.description,
    c.country,
    c.city,
    c.latitude,
    c.longitude,
    c.locationPrecision,
    c.startYear,
    c.endYear,
    c.status,
    c.scale,
    "bench",
  ];
}

function vocabularyStatements(): InStatement[] {
  const rows = Object.entries(vocabulary).flatMap(([scheme, keys]) =>
    keys.map((key, position) => [scheme, key, position]),
  );
  return toInsertStatements("terms", ["scheme", "key", "position"], rows);
}

/** Loads a corpus given in batches (the stakeholders with the first) into a migrated, empty database. */
export async function loadCorpusBatches(db: Database, batches: Iterable<Corpus>): Promise<void> {
  const client = db.$client;
  let first = true;
  for (const batch of batches) {
    if (first) await client.batch(vocabularyStatements(), "write");
    first = false;
    if (batch.stakeholders.length > 0) {
      await client.batch(
        toInsertStatements("stakeholders", ["id", "name", "type", "country", "city"], batch.stakeholders),
        "write",
      );
    }
    for (const part of toCaseBatches(batch)) await client.batch(toCaseStatements(part), "write");
  }
}

/** Loads the corpus into a migrated, empty database. */
export async function loadCorpus(db: Database, corpus: Corpus): Promise<void> {
  await loadCorpusBatches(db, [corpus]);
}

/** The corpus in slices of `casesPerBatch` cases with their link rows (generated in case order). */
function* toCaseBatches(corpus: Corpus): Generator<Omit<Corpus, "stakeholders">> {
  let termIndex = 0;
  let participationIndex = 0;
  for (let start = 0; start < corpus.cases.length; start += casesPerBatch) {
    const cases = corpus.cases.slice(start, start + casesPerBatch);
    const ids = new Set(cases.map((c) => c.id));
    const termEnd = sliceEnd(corpus.caseTerms, termIndex, ids);
    const participationEnd = sliceEnd(corpus.participations, participationIndex, ids);
    yield {
      cases,
      caseTerms: corpus.caseTerms.slice(termIndex, termEnd),
      participations: corpus.participations.slice(participationIndex, participationEnd),
    };
    termIndex = termEnd;
    participationIndex = participationEnd;
  }
}

/**
 * Insert statements for generated cases and their terms; `idPrefix` keeps them apart from the cases a
 * database already holds.
 */
export function caseStatements(part: Pick<Corpus, "cases" | "caseTerms">, idPrefix = ""): InStatement[] {
  const caseRows = part.cases.map((c) => toCaseRow(c, idPrefix));
  const terms = idPrefix
    ? part.caseTerms.map(([caseId, scheme, key]) => [`${idPrefix}${caseId}`, scheme, key])
    : part.caseTerms;
  return [
    ...toInsertStatements("cases", caseColumns, caseRows),
    ...toInsertStatements("case_terms", ["case_id", "scheme", "key"], terms),
  ];
}

function toCaseStatements(part: Omit<Corpus, "stakeholders">): InStatement[] {
  return [
    ...caseStatements(part),
    ...toInsertStatements("participations", ["case_id", "stakeholder_id", "role"], part.participations),
  ];
}

function sliceEnd(rows: readonly (readonly [string, ...unknown[]])[], from: number, caseIds: Set<string>): number {
  let end = from;
  while (end < rows.length && caseIds.has((rows[end] as readonly [string])[0])) end++;
  return end;
}
