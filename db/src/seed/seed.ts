/**
 * Seeds the database from data/ in one atomic batch. Curated records are upserted (so rows that
 * other features point at, such as cases linked from workshops, keep their identity), records gone
 * from the data are deleted, and link tables are rebuilt. A hash of the data makes a repeated run a
 * no-op: running it twice changes nothing.
 */
import { createHash } from "node:crypto";
import { eq, getTableColumns, notInArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import type { Database } from "../client.ts";
import * as t from "../schema.ts";
import { nowSql } from "../sql.ts";
import { type AtlasData, readAtlasData } from "./data-files.ts";
import { toCaseRows, toCurrencyRows, toStakeholderRows, toVocabularyRows } from "./to-rows.ts";

const dataHashKey = "data_hash";
/** Rows per INSERT, well under SQLite's bound-parameter limit for the widest table. */
const chunkSize = 200;

export interface SeedResult {
  changed: boolean;
  hash: string;
}

export function hashData(data: AtlasData): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex");
}

/** Seeds from the given data (default: the data/ folder); `force` re-applies an unchanged hash. */
export async function seedDatabase(
  db: Database,
  options: { data?: AtlasData; force?: boolean } = {},
): Promise<SeedResult> {
  const data = options.data ?? (await readAtlasData());
  const hash = hashData(data);
  const current = await db.select().from(t.meta).where(eq(t.meta.key, dataHashKey)).get();
  if (current?.value === hash && !options.force) return { changed: false, hash };
  const statements = syncStatements(db, data, hash);
  await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
  return { changed: true, hash };
}

function syncStatements(db: Database, data: AtlasData, hash: string): BatchItem<"sqlite">[] {
  const vocab = toVocabularyRows(data);
  const people = toStakeholderRows(data);
  const cases = toCaseRows(data);
  const money = toCurrencyRows(data);
  const out: BatchItem<"sqlite">[] = [];

  out.push(...upsert(db, t.sources, data.sources, [t.sources.id]));
  out.push(...upsert(db, t.terms, vocab.terms, [t.terms.scheme, t.terms.key]));
  out.push(db.delete(t.termLabels), ...insert(db, t.termLabels, vocab.labels));
  out.push(...upsert(db, t.stakeholders, people.stakeholders, [t.stakeholders.id]));
  out.push(...upsert(db, t.cases, cases.cases, [t.cases.id]));
  out.push(...upsert(db, t.currencies, money.currencies, [t.currencies.id]));

  for (const link of [
    t.caseTerms,
    t.participations,
    t.relationships,
    t.caseSources,
    t.stakeholderSources,
    t.currencySources,
    t.currencyFigures,
    t.currencyCases,
    t.currencyStakeholders,
  ]) {
    out.push(db.delete(link));
  }
  out.push(db.delete(t.cases).where(notInArray(t.cases.id, ids(cases.cases))));
  out.push(db.delete(t.stakeholders).where(notInArray(t.stakeholders.id, ids(people.stakeholders))));
  out.push(db.delete(t.currencies).where(notInArray(t.currencies.id, ids(money.currencies))));
  out.push(
    db.delete(t.terms).where(
      notInArray(
        sql`${t.terms.scheme} || ':' || ${t.terms.key}`,
        vocab.terms.map((v) => `${v.scheme}:${v.key}`),
      ),
    ),
  );

  out.push(...insert(db, t.caseTerms, cases.terms));
  out.push(...insert(db, t.participations, cases.participations));
  out.push(...insert(db, t.relationships, cases.relationships));
  out.push(...insert(db, t.caseSources, cases.citations));
  out.push(...insert(db, t.relationshipSources, cases.relationshipCitations));
  out.push(...insert(db, t.stakeholderSources, people.citations));
  out.push(...insert(db, t.currencySources, money.citations));
  out.push(...insert(db, t.currencyFigures, money.figures));
  out.push(...insert(db, t.currencyCases, money.caseLinks));
  out.push(...insert(db, t.currencyStakeholders, money.stakeholderLinks));
  out.push(db.delete(t.sources).where(notInArray(t.sources.id, ids(data.sources))));
  out.push(
    db
      .insert(t.meta)
      .values({ key: dataHashKey, value: hash })
      .onConflictDoUpdate({
        target: t.meta.key,
        set: { value: hash, updatedAt: nowSql },
      }),
  );
  return out;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(rows.slice(i, i + chunkSize));
  return out;
}

function insert<T extends SQLiteTable>(db: Database, table: T, rows: T["$inferInsert"][]) {
  return chunks(rows).map((part) => db.insert(table).values(part));
}

/** INSERT … ON CONFLICT DO UPDATE of every non-key column, in chunks. */
function upsert<T extends SQLiteTable>(db: Database, table: T, rows: T["$inferInsert"][], target: SQLiteColumn[]) {
  const keys = new Set(target.map((c) => c.name));
  const set = Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([, c]) => !keys.has(c.name))
      .map(([property, c]) => [property, sql.raw(`excluded.\`${c.name}\``)]),
  );
  return chunks(rows).map((part) =>
    db
      .insert(table)
      .values(part)
      .onConflictDoUpdate({ target, set: set as SQLiteUpdateSetSource<T> }),
  );
}
