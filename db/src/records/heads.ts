/** Reading the heads of published records: their current document and where they stand. */
import { and, eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { type RecordKind, recordHeads } from "../schema.ts";
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

/** Every head, by `kind:id`. */
export async function readAllHeads(db: Database): Promise<Map<string, HeadState>> {
  const rows = await db.select().from(recordHeads);
  return new Map(rows.map((head) => [headKey(head.kind, head.id), toState(head)]));
}

export async function readHead(db: Database, kind: RecordKind, id: string): Promise<HeadState | undefined> {
  const head = await db
    .select()
    .from(recordHeads)
    .where(and(eq(recordHeads.kind, kind), eq(recordHeads.id, id)))
    .get();
  return head ? toState(head) : undefined;
}

function toState(head: RecordHead): HeadState {
  const doc = head.doc === null ? null : (JSON.parse(head.doc) as Record<string, unknown>);
  return { head, doc, docHash: doc ? toDocumentHash(doc) : null };
}
