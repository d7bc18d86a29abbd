/**
 * Every change to a published record goes through here: one revision with the whole document after
 * it, the record's head moved on, and the queryable tables updated, all in the caller's batch. The
 * batch stops itself (see `writeGuards`) when the record is no longer at the revision the change was
 * based on, so two curators, or a curator and the seed, never overwrite each other unseen.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import type { RecordKind, RecordOrigin, RevisionAction } from "../schema.ts";
import { projectStatements, unprojectStatements } from "./projection.ts";
import type { Statement } from "./statements.ts";

export interface RecordChange {
  kind: RecordKind;
  id: string;
  /** The document after the change, as a data file would hold it; null deletes the record. */
  doc: object | null;
  action: RevisionAction;
  /** The revision the change was based on; 0 for a record that does not exist yet. */
  baseRevision: number;
  /** Where a new record comes from (kept when the record exists). */
  origin: RecordOrigin;
  curatorId?: string | null;
  proposalId?: string | null;
  batchId?: string | null;
  reason?: string | null;
  /** The hash of the data file this change matches (the seed's), or null when it departs from it. */
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

/** The statements of one change; validates the document first (throws a ZodError when it is not valid). */
export function recordChangeStatements(db: Database, change: RecordChange): Statement[] {
  const project = change.doc
    ? projectStatements(db, change.kind, change.doc)
    : unprojectStatements(db, change.kind, change.id);
  const number = change.baseRevision + 1;
  const doc = change.doc ? JSON.stringify(change.doc) : null;
  const seedHash = change.seedHash === undefined ? sql`seed_hash` : sql`${change.seedHash}`;
  const reviewed = change.provenance
    ? sql`${change.provenance.proposedBy}, ${change.provenance.reviewedBy}, strftime('%Y-%m-%dT%H:%M:%fZ','now')`
    : sql`NULL, NULL, NULL`;
  return [
    guardStatement(
      db,
      sql`COALESCE((SELECT revision FROM record_heads WHERE kind = ${change.kind} AND id = ${change.id}), 0) = ${change.baseRevision}`,
    ),
    db.run(sql`INSERT INTO record_revisions (kind, record_id, number, doc, action, curator_id, proposal_id, batch_id, reason)
      VALUES (${change.kind}, ${change.id}, ${number}, ${doc}, ${change.action}, ${change.curatorId ?? null},
        ${change.proposalId ?? null}, ${change.batchId ?? null}, ${change.reason ?? null})`),
    db.run(sql`INSERT INTO record_heads (kind, id, revision, doc, origin, last_action, seed_hash, proposed_by, reviewed_by, reviewed_at)
      VALUES (${change.kind}, ${change.id}, ${number}, ${doc}, ${change.origin}, ${change.action},
        ${change.seedHash ?? null}, ${reviewed})
      ON CONFLICT (kind, id) DO UPDATE SET revision = excluded.revision, doc = excluded.doc,
        last_action = excluded.last_action, seed_hash = ${seedHash},
        proposed_by = ${change.provenance ? sql`excluded.proposed_by` : sql`proposed_by`},
        reviewed_by = ${change.provenance ? sql`excluded.reviewed_by` : sql`reviewed_by`},
        reviewed_at = ${change.provenance ? sql`excluded.reviewed_at` : sql`reviewed_at`},
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`),
    ...project,
  ];
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
