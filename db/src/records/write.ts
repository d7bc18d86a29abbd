/**
 * Every change to a published record goes through here: one revision with the whole document after
 * it, the record's head moved on, and the queryable tables updated, all in the caller's batch. The
 * batch stops itself (see `writeGuards`) when a record is no longer at the revision its change was
 * based on, so two curators, or a curator and the seed, never overwrite each other unseen.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import type { RecordKind, RecordOrigin, RevisionAction } from "../schema.ts";
import * as t from "../schema.ts";
import type { RecordHead } from "./heads.ts";
import { projectionStatements } from "./projection.ts";
import { insertRows, type Statement, upsertRows } from "./statements.ts";

export interface RecordChange {
  kind: RecordKind;
  id: string;
  /** The document after the change, as a data file would hold it (with its translations); null deletes the record. */
  doc: object | null;
  action: RevisionAction;
  /** The head the change was based on, as read before it; undefined for a record that does not exist yet. */
  base: RecordHead | undefined;
  /** Where a new record comes from (a record that exists keeps its origin). */
  origin: RecordOrigin;
  curatorId?: string | null;
  proposalId?: string | null;
  batchId?: string | null;
  reason?: string | null;
  /** The hash of the data file this version matches (the seed's), null when it departs from it; undefined keeps it. */
  seedHash?: string | null;
  /** For an accepted contribution: the proposer's name as given and the curator who reviewed it. */
  provenance?: { proposedBy: string | null; reviewedBy: string | null };
}

/** Thrown when a guarded batch found a record at another revision than its change was based on. */
export class RecordConflictError extends Error {
  constructor() {
    super("A record changed since the change was prepared");
    this.name = "RecordConflictError";
  }
}

/** The statements of a set of changes, one per record; validates every document first (a ZodError when one is not valid). */
export function recordChangeStatements(db: Database, changes: RecordChange[]): Statement[] {
  if (changes.length === 0) return [];
  const keys = new Set(changes.map((c) => `${c.kind}:${c.id}`));
  if (keys.size !== changes.length) throw new Error("one change per record in a batch");
  const project = projectionStatements(db, changes);
  const now = new Date().toISOString();
  const expected = JSON.stringify(changes.map((c) => [c.kind, c.id, c.base?.revision ?? 0]));
  return [
    guardStatement(
      db,
      sql`NOT EXISTS (SELECT 1 FROM json_each(${expected}) j
        WHERE COALESCE((SELECT h.revision FROM record_heads h
          WHERE h.kind = json_extract(j.value, '$[0]') AND h.id = json_extract(j.value, '$[1]')), 0)
          <> json_extract(j.value, '$[2]'))`,
    ),
    ...insertRows(db, t.recordRevisions, changes.map(toRevision)),
    ...upsertRows(
      db,
      t.recordHeads,
      changes.map((c) => toHead(c, now)),
      [t.recordHeads.kind, t.recordHeads.id],
    ),
    ...project,
  ];
}

const revisionOf = (c: RecordChange) => (c.base?.revision ?? 0) + 1;

function toRevision(c: RecordChange): typeof t.recordRevisions.$inferInsert {
  return {
    kind: c.kind,
    recordId: c.id,
    number: revisionOf(c),
    doc: c.doc ? JSON.stringify(c.doc) : null,
    action: c.action,
    curatorId: c.curatorId ?? null,
    proposalId: c.proposalId ?? null,
    batchId: c.batchId ?? null,
    reason: c.reason ?? null,
  };
}

function toHead(c: RecordChange, now: string): typeof t.recordHeads.$inferInsert {
  return {
    kind: c.kind,
    id: c.id,
    revision: revisionOf(c),
    origin: c.base?.origin ?? c.origin,
    lastAction: c.action,
    seedHash: c.seedHash === undefined ? (c.base?.seedHash ?? null) : c.seedHash,
    proposedBy: c.provenance ? c.provenance.proposedBy : (c.base?.proposedBy ?? null),
    reviewedBy: c.provenance ? c.provenance.reviewedBy : (c.base?.reviewedBy ?? null),
    reviewedAt: c.provenance ? now : (c.base?.reviewedAt ?? null),
    createdAt: c.base?.createdAt ?? now,
    updatedAt: now,
  };
}

/** A statement that makes its batch fail (and roll back) unless the condition holds when it runs. */
export function guardStatement(db: Database, condition: ReturnType<typeof sql>): Statement {
  return db.run(sql`INSERT INTO write_guards (ok) SELECT CASE WHEN ${condition} THEN 1 ELSE 0 END`);
}

/**
 * Runs a batch of record changes (and any other statements), clearing its guards at the end; a guard
 * that failed becomes a RecordConflictError, and nothing of the batch is written.
 */
export async function runGuarded(db: Database, statements: Statement[]): Promise<unknown[]> {
  if (statements.length === 0) return [];
  const all = [...statements, db.run(sql`DELETE FROM write_guards`)];
  try {
    return await db.batch(all as [Statement, ...Statement[]]);
  } catch (error) {
    if (isGuardFailure(error)) throw new RecordConflictError();
    throw error;
  }
}

function isGuardFailure(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e.message.includes("CHECK constraint failed: write_guard")) return true;
  }
  return false;
}
