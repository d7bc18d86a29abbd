/**
 * Seeds the database from data/ in one atomic batch, record by record, without ever reverting what
 * people changed (docs/decisions/008-contributions-and-curation.md):
 * - a record new to the database is published as the data file has it;
 * - a record whose file changed follows it, if its last change was the seed's; if curators or
 *   contributors changed it since, the file's version becomes a proposal for curators to review;
 * - a record gone from the data is removed only if nobody changed it since it was seeded;
 * - records that came from contributions or imports are not the seed's business.
 * Vocabularies and sources are the data's own and are synced as a whole. A hash of the data makes a
 * repeated run a no-op.
 */
import { createHash, randomBytes } from "node:crypto";
import { eq, notInArray, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { type DocumentTranslations, kindFolders, type RecordDocument, toDocumentHash } from "../records/documents.ts";
import { type HeadState, headKey, readAllHeads } from "../records/heads.ts";
import { insertRows, type Statement, upsertRows } from "../records/statements.ts";
import { type RecordChange, RecordConflictError, recordChangeStatements, runGuarded } from "../records/write.ts";
import * as t from "../schema.ts";
import { type RecordKind, translationLocales } from "../schema.ts";
import { termSearchRows } from "../search/index-text.ts";
import { indexCases, termTextStatements } from "../search/statements.ts";
import { nowSql } from "../sql.ts";
import { type AtlasData, readAtlasData } from "./data-files.ts";
import { journeyStatements } from "./journey-seed.ts";
import { toVocabularyRows } from "./to-rows.ts";

const dataHashKey = "data_hash";

export interface SeedResult {
  changed: boolean;
  hash: string;
  /** Records whose data file changed after people changed them: proposed to curators instead. */
  proposed: string[];
}

export function hashData(data: AtlasData): string {
  const { documents: _documents, ...content } = data;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/** Seeds from the given data (default: the data/ folder); `force` re-applies an unchanged hash. */
export async function seedDatabase(
  db: Database,
  options: { data?: AtlasData; force?: boolean } = {},
): Promise<SeedResult> {
  const data = options.data ?? (await readAtlasData());
  const hash = hashData(data);
  const current = await db.select().from(t.meta).where(eq(t.meta.key, dataHashKey)).get();
  if (current?.value === hash && !options.force) return { changed: false, hash, proposed: [] };
  // Another process may seed at the same moment: its batch commits first, ours then finds the heads
  // moved and starts again from what it wrote.
  for (let attempt = 1; ; attempt++) {
    try {
      const plan = planSync(db, data, await readAllHeads(db));
      await runGuarded(db, [...plan.statements, ...journeyStatements(db, data), metaStatement(db, hash)]);
      return { changed: true, hash, proposed: plan.proposed };
    } catch (error) {
      if (!(error instanceof RecordConflictError) || attempt >= 3) throw error;
    }
  }
}

interface DataRecord {
  kind: RecordKind;
  id: string;
  doc: object;
}

/**
 * The data's records as documents (each file as written, with its translations), in the order their
 * references need: stakeholders, cases, then currencies.
 */
function dataRecords(data: AtlasData): DataRecord[] {
  const toRecord = (kind: RecordKind, r: { id: string }, written: Map<string, object> | undefined): DataRecord => {
    const folder = kindFolders[kind];
    const translations: DocumentTranslations = {};
    for (const locale of translationLocales) {
      const file =
        data.documents?.translations[locale][folder].get(r.id) ??
        data.translations[locale][folder].find((f) => f.id === r.id);
      if (file) translations[locale] = file;
    }
    const base = written?.get(r.id) ?? r;
    const doc = Object.keys(translations).length > 0 ? { ...base, translations } : base;
    return { kind, id: r.id, doc };
  };
  return [
    ...data.stakeholders.map((r) => toRecord("stakeholder", r, data.documents?.stakeholders)),
    ...data.cases.map((r) => toRecord("case", r, data.documents?.cases)),
    ...data.currencies.map((r) => toRecord("currency", r, data.documents?.currencies)),
  ];
}

function planSync(db: Database, data: AtlasData, heads: Map<string, HeadState>) {
  const records = dataRecords(data);
  const changes: RecordChange[] = [];
  const other: Statement[] = [];
  const proposed: string[] = [];
  for (const record of records) {
    const step = planRecord(db, record, heads.get(headKey(record.kind, record.id)));
    if (step.change) changes.push(step.change);
    other.push(...(step.statements ?? []));
    if (step.proposed) proposed.push(headKey(record.kind, record.id));
  }
  changes.push(...removals(records, heads));
  const statements = [
    ...vocabularyAndSourceStatements(db, data),
    ...recordChangeStatements(db, changes),
    ...other,
    ...sourceCleanup(db, data),
    // Labels and synonyms may have changed: every case's index rows take them up.
    ...indexCases(db, sql`SELECT id FROM cases`),
  ];
  return { statements, proposed };
}

interface RecordStep {
  change?: RecordChange;
  statements?: Statement[];
  proposed?: true;
}

function planRecord(db: Database, record: DataRecord, state: HeadState | undefined): RecordStep {
  const fileHash = toDocumentHash(record.doc);
  const change = { kind: record.kind, id: record.id, doc: record.doc, origin: "data" as const, seedHash: fileHash };
  if (!state) return { change: { ...change, action: "seed", base: undefined } };
  const { head } = state;
  if (head.seedHash === fileHash) return {};
  const setSeedHash = db.run(
    sql`UPDATE record_heads SET seed_hash = ${fileHash} WHERE kind = ${head.kind} AND id = ${head.id}`,
  );
  if (state.docHash === fileHash) return { statements: [setSeedHash] };
  if (head.lastAction === "seed") return { change: { ...change, action: "seed", base: head } };
  // People changed the record since it was seeded: its new data file waits for a curator.
  return {
    proposed: true,
    statements: [
      db.run(sql`UPDATE proposals SET status = 'withdrawn', updated_at = ${nowSql}
        WHERE kind = ${head.kind} AND target_id = ${head.id} AND channel = 'data'
          AND status IN ('pending', 'changes-requested')`),
      db.insert(t.proposals).values({
        id: randomBytes(12).toString("base64url"),
        kind: head.kind,
        action: "update",
        targetId: head.id,
        body: JSON.stringify({ doc: record.doc }),
        channel: "data",
        country: countryOf(record.doc),
        baseRevision: head.revision,
      }),
      setSeedHash,
    ],
  };
}

const countryOf = (doc: object) => ((doc as { country?: unknown }).country as string | undefined) ?? null;

/**
 * Records of the data that left it: removed when the seed was the last to change them, kept when
 * people changed them since, or when a record that stays still refers to them.
 */
function removals(records: DataRecord[], heads: Map<string, HeadState>): RecordChange[] {
  const inData = new Set(records.map((r) => headKey(r.kind, r.id)));
  const leaving = [...heads.values()].filter(
    (s) =>
      s.doc && !inData.has(headKey(s.head.kind, s.head.id)) && s.head.origin === "data" && s.head.lastAction === "seed",
  );
  const leavingKeys = new Set(leaving.map((s) => headKey(s.head.kind, s.head.id)));
  const referenced = referencedKeys([
    ...records.map((r) => r.doc),
    ...[...heads.values()].flatMap((s) => (s.doc && !leavingKeys.has(headKey(s.head.kind, s.head.id)) ? [s.doc] : [])),
  ]);
  return leaving
    .filter((s) => !referenced.has(headKey(s.head.kind, s.head.id)))
    .map((s) => ({
      kind: s.head.kind,
      id: s.head.id,
      doc: null,
      action: "seed" as const,
      base: s.head,
      origin: "data" as const,
      seedHash: null,
      reason: "Removed from the data files",
    }));
}

/** The stakeholders and cases that documents refer to, as `kind:id`. */
function referencedKeys(docs: object[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    const d = doc as Partial<RecordDocument<"case"> & RecordDocument<"currency">>;
    for (const p of d.participants ?? []) out.add(headKey("stakeholder", p.stakeholder));
    for (const s of d.stakeholders ?? []) out.add(headKey("stakeholder", s.stakeholder));
    for (const c of d.cases ?? []) out.add(headKey("case", c.case));
  }
  return out;
}

function vocabularyAndSourceStatements(db: Database, data: AtlasData): Statement[] {
  const vocab = toVocabularyRows(data);
  const sources = data.sources.map((s, position) => ({
    ...s,
    position,
    doc: JSON.stringify(data.documents?.sources.get(s.id) ?? s),
  }));
  return [
    ...upsertRows(db, t.sources, sources, [t.sources.id]),
    ...upsertRows(db, t.terms, vocab.terms, [t.terms.scheme, t.terms.key]),
    db.delete(t.termLabels),
    ...insertRows(db, t.termLabels, vocab.labels),
    ...termTextStatements(db, termSearchRows(data.vocabularies)),
  ];
}

/** Terms gone from the vocabularies, and sources gone from the data that nothing cites any more. */
function sourceCleanup(db: Database, data: AtlasData): Statement[] {
  const vocab = toVocabularyRows(data);
  return [
    db.delete(t.terms).where(
      notInArray(
        sql`${t.terms.scheme} || ':' || ${t.terms.key}`,
        vocab.terms.map((v) => `${v.scheme}:${v.key}`),
      ),
    ),
    db.run(sql`DELETE FROM sources WHERE id NOT IN (SELECT value FROM json_each(${JSON.stringify(data.sources.map((s) => s.id))}))
      AND id NOT IN (SELECT source_id FROM case_sources UNION SELECT source_id FROM stakeholder_sources
        UNION SELECT source_id FROM relationship_sources UNION SELECT source_id FROM currency_sources
        UNION SELECT source_id FROM currency_figures UNION SELECT source_id FROM terms WHERE source_id IS NOT NULL)`),
  ];
}

function metaStatement(db: Database, hash: string): Statement {
  return db
    .insert(t.meta)
    .values({ key: dataHashKey, value: hash })
    .onConflictDoUpdate({
      target: t.meta.key,
      set: { value: hash, updatedAt: nowSql },
    });
}
