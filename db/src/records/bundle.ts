/**
 * A proposed new record with what it brings: the record's document, the new stakeholders it refers to
 * and the new sources it cites, all in the data-file format. Contributions and imports propose
 * bundles; accepting one publishes them together, each as a record with its first revision.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../client.ts";
import type { RecordKind, RecordOrigin, RevisionAction } from "../schema.ts";
import type { DataProblem } from "../seed/data-files.ts";
import {
  caseRecord,
  currencyRecord,
  type SourceRecord,
  sourceRecord,
  stakeholderRecord,
  translationFile,
} from "../seed/data-schema.ts";
import { documentSchemas, splitDocument, toNormalisedDocument } from "./documents.ts";
import { type HeadState, readHead } from "./heads.ts";
import {
  caseReferenceProblems,
  currencyReferenceProblems,
  type ReferenceChecks,
  type ReferenceContext,
  stakeholderReferenceProblems,
  withIds,
} from "./references.ts";
import type { Statement } from "./statements.ts";
import type { RecordChange } from "./write.ts";

const bundleOf = <S extends z.ZodType>(record: S) =>
  z.strictObject({
    record,
    stakeholders: z.array(stakeholderRecord).max(50).default([]),
    sources: z.array(sourceRecord).max(50).default([]),
  });

/** One schema per kind: the same record schemas as the data files. */
export const bundleSchemas = {
  case: bundleOf(caseRecord),
  stakeholder: bundleOf(stakeholderRecord),
  currency: bundleOf(currencyRecord),
} as const satisfies Record<RecordKind, z.ZodType>;

/** A bundle as submitted (documents as written, before defaults). */
export interface RecordBundle {
  record: Record<string, unknown>;
  stakeholders?: Record<string, unknown>[];
  sources?: Record<string, unknown>[];
}

/**
 * Everything wrong with a bundle: its shape (zod, by path) and its references, against what the
 * database publishes plus what the bundle brings. New records must not take an id already in use;
 * `replaces: true` checks a new version of a published record, whose id is its own.
 */
export function bundleProblems(
  ctx: ReferenceContext,
  kind: RecordKind,
  bundle: unknown,
  options: { replaces?: boolean } = {},
): DataProblem[] {
  // A published record's document carries its translations; they are checked on their own.
  const given = (bundle ?? {}) as { record?: unknown };
  const { record: withoutTranslations, translations } =
    given.record && typeof given.record === "object"
      ? splitDocument(given.record)
      : { record: given.record, translations: {} };
  const parsed = bundleSchemas[kind].safeParse({ ...given, record: withoutTranslations });
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ file: "bundle", field: i.path.join("."), message: i.message }));
  }
  const translationIssues = Object.entries(translations).flatMap(([locale, file]) => {
    const result = translationFile.safeParse(file);
    return result.success
      ? []
      : result.error.issues.map((i) => ({
          file: "bundle",
          field: ["record", "translations", locale, ...i.path].join("."),
          message: i.message,
        }));
  });
  if (translationIssues.length > 0) return translationIssues;
  const { record, stakeholders, sources } = parsed.data as z.infer<(typeof bundleSchemas)["case"]> & {
    record: { id: string };
  };
  const problems: DataProblem[] = [];
  const taken = { case: ctx.caseIds, stakeholder: ctx.stakeholderIds, currency: undefined }[kind];
  if (!options.replaces && taken?.has(record.id))
    problems.push({ file: "bundle", field: "record.id", message: `"${record.id}" is taken` });
  for (const [i, s] of stakeholders.entries()) {
    if (ctx.stakeholderIds.has(s.id))
      problems.push({ file: "bundle", field: `stakeholders.${i}.id`, message: `"${s.id}" is taken` });
  }
  const with_: ReferenceChecks = {
    ...ctx,
    sourceIds: withIds(
      ctx.sourceIds,
      sources.map((s) => s.id),
    ),
    stakeholderIds: withIds(
      ctx.stakeholderIds,
      stakeholders.map((s) => s.id),
    ),
  };
  const at = (prefix: string) => (p: DataProblem) => ({
    ...p,
    file: "bundle",
    field: p.field ? `${prefix}.${p.field}` : prefix,
  });
  for (const [i, s] of stakeholders.entries()) {
    problems.push(...stakeholderReferenceProblems(with_, s, "bundle").map(at(`stakeholders.${i}`)));
  }
  const doc = parsed.data.record as never;
  const own =
    kind === "case"
      ? caseReferenceProblems(with_, doc, "bundle")
      : kind === "stakeholder"
        ? stakeholderReferenceProblems(with_, doc, "bundle")
        : currencyReferenceProblems(with_, doc, "bundle");
  problems.push(...own.map(at("record")));
  return problems;
}

export interface PublishOptions {
  action: Extract<RevisionAction, "accept" | "import" | "create">;
  origin: RecordOrigin;
  curatorId: string | null;
  proposalId?: string | null;
  batchId?: string | null;
  reason?: string | null;
  provenance?: { proposedBy: string | null; reviewedBy: string | null };
}

/**
 * What publishing a (valid) bundle takes: its new sources (a source whose address the atlas already
 * cites is that source), its stakeholders and its record as new records, and, for related cases, the
 * link back from each related case, so links read both ways.
 */
export async function publishBundle(
  db: Database,
  kind: RecordKind,
  bundle: RecordBundle,
  options: PublishOptions,
): Promise<{ statements: Statement[]; changes: RecordChange[] }> {
  const { sources, renamed } = await placeSources(db, (bundle.sources ?? []) as SourceRecord[]);
  const rename = (doc: Record<string, unknown>) => renameSources(doc, renamed) as Record<string, unknown>;
  const published = (k: RecordKind, doc: Record<string, unknown>) =>
    toFileOrder(k, toNormalisedDocument(k, rename(doc)));
  const record = published(kind, bundle.record);
  const change = (k: RecordKind, doc: Record<string, unknown>): RecordChange => ({
    kind: k,
    id: doc.id as string,
    doc,
    base: undefined,
    ...options,
  });
  const changes = [
    ...(bundle.stakeholders ?? []).map((s) => change("stakeholder", published("stakeholder", s))),
    change(kind, record),
    ...(await backLinks(db, record, options)),
  ];
  return { statements: sources, changes };
}

/**
 * The statements that add new sources; a source whose address the atlas already cites is that source
 * (its id goes in `renamed`), and a new source whose id is taken gets a free one.
 */
export async function placeSources(db: Database, sources: SourceRecord[]) {
  const renamed = new Map<string, string>();
  const statements: Statement[] = [];
  for (const s of sources) {
    const existing = await db.all<{ id: string }>(sql`SELECT id FROM sources WHERE url = ${s.url}`);
    const id = existing[0]?.id ?? (await freeSourceId(db, s.id));
    if (id !== s.id) renamed.set(s.id, id);
    if (existing[0]) continue;
    const doc = JSON.stringify({ ...s, id });
    statements.push(
      db.run(sql`INSERT INTO sources (id, url, title, publisher, year, accessed, language, position, doc)
        VALUES (${id}, ${s.url}, ${s.title}, ${s.publisher ?? null}, ${s.year ?? null}, ${s.accessed ?? null},
          ${s.language ?? null}, (SELECT COALESCE(max(position), -1) + 1 FROM sources), ${doc})`),
    );
  }
  return { sources: statements, renamed };
}

async function freeSourceId(db: Database, wanted: string): Promise<string> {
  const rows = await db.all<{ id: string }>(
    sql`SELECT id FROM sources WHERE id = ${wanted} OR id LIKE ${`${wanted}-%`}`,
  );
  const used = new Set(rows.map((r) => r.id));
  if (!used.has(wanted)) return wanted;
  let n = 2;
  while (used.has(`${wanted}-${n}`)) n++;
  return `${wanted}-${n}`;
}

/** Replaces source ids in every field that holds source ids (`sources`, `startSource`, `figures[].source`, …). */
export function renameSources(value: unknown, renamed: Map<string, string>, key = ""): unknown {
  if (renamed.size === 0) return value;
  const holdsSources = /sources?$/i.test(key);
  if (typeof value === "string") return holdsSources ? (renamed.get(value) ?? value) : value;
  if (Array.isArray(value)) return value.map((v) => renameSources(v, renamed, holdsSources ? key : ""));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameSources(v, renamed, k)]));
  }
  return value;
}

/** A document with its keys in the order of its schema, as the data files write them. */
export function toFileOrder(kind: RecordKind, doc: Record<string, unknown>): Record<string, unknown> {
  const shape = Object.keys((documentSchemas[kind] as unknown as { shape: Record<string, unknown> }).shape);
  const known = shape.filter((k) => doc[k] !== undefined).map((k) => [k, doc[k]]);
  const rest = Object.entries(doc).filter(([k]) => !shape.includes(k));
  return Object.fromEntries([...known, ...rest]);
}

/** For each related case that does not list the new case yet, a change adding the link back. */
async function backLinks(
  db: Database,
  record: Record<string, unknown>,
  options: PublishOptions,
): Promise<RecordChange[]> {
  const links = (record.relatedCases as { case: string }[] | undefined) ?? [];
  const out: RecordChange[] = [];
  for (const link of links) {
    const state: HeadState | undefined = await readHead(db, "case", link.case);
    if (!state?.doc) continue;
    const theirs = (state.doc.relatedCases as { case: string }[] | undefined) ?? [];
    if (theirs.some((l) => l.case === record.id)) continue;
    out.push({
      kind: "case",
      id: link.case,
      doc: { ...state.doc, relatedCases: [...theirs, { case: record.id }] },
      action: "edit",
      base: state.head,
      origin: state.head.origin,
      curatorId: options.curatorId,
      proposalId: options.proposalId ?? null,
      batchId: options.batchId ?? null,
      reason: `Linked back from "${record.id}"`,
    });
  }
  return out;
}
