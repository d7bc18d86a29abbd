/** Reading the heads of published records: where each stands, with its current document. */
import { and, eq, getTableColumns, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { type RecordKind, recordHeads, recordRevisions } from "../schema.ts";
import { toDocumentHash } from "./documents.ts";

export type RecordHead = typeof recordHeads.$inferSelect;

export interface HeadState {
  head: RecordHead;
  /** The parsed current document, or null for a deleted record. */
  doc: Record<string, unknown> | null;
  /** The content hash of the current document (null when deleted). */
  docHash: string | null;
}

export const headKey = (kind: RecordKind, id: string) => `${kind}:${id}`;

function selectHeads(db: Database) {
  return db
    .select({ ...getTableColumns(recordHeads), doc: recordRevisions.doc })
    .from(recordHeads)
    .innerJoin(
      recordRevisions,
      and(
        eq(recordRevisions.kind, recordHeads.kind),
        eq(recordRevisions.recordId, recordHeads.id),
        eq(recordRevisions.number, recordHeads.revision),
      ),
    );
}

/** Every head, by `kind:id`. */
export async function readAllHeads(db: Database): Promise<Map<string, HeadState>> {
  const rows = await selectHeads(db);
  return new Map(rows.map((row) => [headKey(row.kind, row.id), toState(row)]));
}

export async function readHead(db: Database, kind: RecordKind, id: string): Promise<HeadState | undefined> {
  const row = await selectHeads(db).where(sql`${recordHeads.kind} = ${kind} AND ${recordHeads.id} = ${id}`).get();
  return row ? toState(row) : undefined;
}

function toState({ doc: text, ...head }: RecordHead & { doc: string | null }): HeadState {
  const doc = text === null ? null : (JSON.parse(text) as Record<string, unknown>);
  return { head, doc, docHash: doc ? toDocumentHash(doc) : null };
}
