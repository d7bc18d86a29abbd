/**
 * Curators' decisions on proposals and their direct changes to records. Each is one guarded batch: the
 * proposal must still be open and at the version the curator saw, the record at the revision the
 * change was based on; the revision, the proposal's new status, the message to the proposer and the
 * audit entry are written together or not at all.
 */
import type { Database } from "@atlas/db/client";
import { placeSources, publishBundle, type RecordBundle } from "@atlas/db/records/bundle";
import { applyCorrection } from "@atlas/db/records/correction";
import { toDocumentHash, toNormalisedDocument } from "@atlas/db/records/documents";
import { readHead } from "@atlas/db/records/heads";
import { mergeDocuments } from "@atlas/db/records/merge";
import type { Correction } from "@atlas/db/records/proposals";
import {
  guardStatement,
  type RecordChange,
  RecordConflictError,
  recordChangeStatements,
  runGuarded,
} from "@atlas/db/records/write";
import type { RecordKind } from "@atlas/db/schema";
import { nowSql } from "@atlas/db/sql";
import { sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { auditStatement } from "../accounts/commands.ts";
import type { CuratorViewer } from "../accounts/sessions.ts";
import { checkBundle, checkCorrection } from "../contributions/commands.ts";
import { type ProposalRow, readProposalRow } from "./review.ts";

type Statement = Parameters<typeof runGuarded>[1][number];

const open = new Set(["pending", "changes-requested"]);

function checkOpen(row: ProposalRow, version: number) {
  if (!open.has(row.status)) {
    throw new ApiError(409, "proposal_decided", `This proposal was ${row.status} already.`);
  }
  if (row.version !== version) {
    throw new ApiError(
      409,
      "version_conflict",
      "This proposal changed since you loaded it; reload to see its current version.",
    );
  }
}

/** The proposal is still open at the version the curator decided on, when the batch runs. */
const proposalGuard = (db: Database, row: ProposalRow) =>
  guardStatement(
    db,
    sql`EXISTS (SELECT 1 FROM proposals WHERE id = ${row.id} AND version = ${row.version}
      AND status IN ('pending', 'changes-requested'))`,
  );

function decideStatement(db: Database, row: ProposalRow, status: string, curator: CuratorViewer) {
  return db.run(sql`UPDATE proposals SET status = ${status}, version = version + 1, decided_by = ${curator.curatorId},
      decided_at = ${nowSql}, updated_at = ${nowSql}
    WHERE id = ${row.id}`);
}

function messageStatement(db: Database, row: ProposalRow, curator: CuratorViewer | null, kind: string, body: string) {
  return db.run(sql`INSERT INTO proposal_messages (proposal_id, author, curator_id, kind, body)
    VALUES (${row.id}, ${curator ? "curator" : "system"}, ${curator?.curatorId ?? null}, ${kind}, ${body})`);
}

async function run(db: Database, statements: Statement[]) {
  try {
    await runGuarded(db, statements);
  } catch (error) {
    if (error instanceof RecordConflictError) {
      throw new ApiError(
        409,
        "version_conflict",
        "The proposal or its record changed meanwhile; reload and decide again.",
      );
    }
    throw error;
  }
}

export async function askForChanges(
  db: Database,
  curator: CuratorViewer,
  id: string,
  input: { version: number; message: string },
) {
  const row = await readProposalRow(db, id);
  checkOpen(row, input.version);
  await run(db, [
    proposalGuard(db, row),
    db.run(sql`UPDATE proposals SET status = 'changes-requested', version = version + 1,
      updated_at = ${nowSql} WHERE id = ${id}`),
    messageStatement(db, row, curator, "question", input.message),
    auditStatement(db, curator.curatorId, "proposal.ask", { kind: "proposal", id }),
  ]);
}

export async function rejectProposal(
  db: Database,
  curator: CuratorViewer,
  id: string,
  input: { version: number; reason: string },
) {
  const row = await readProposalRow(db, id);
  checkOpen(row, input.version);
  await run(db, [
    proposalGuard(db, row),
    decideStatement(db, row, "rejected", curator),
    messageStatement(db, row, curator, "rejected", input.reason),
    auditStatement(db, curator.curatorId, "proposal.reject", { kind: "proposal", id }),
  ]);
}

/** A curator's edit of a proposal before deciding it (a revised bundle or correction). */
export async function editProposal(
  db: Database,
  curator: CuratorViewer,
  id: string,
  input: { version: number; bundle?: RecordBundle; correction?: Correction },
) {
  const row = await readProposalRow(db, id);
  checkOpen(row, input.version);
  let body: string;
  if (row.action === "create" && input.bundle) {
    await checkBundle(db, row.kind, input.bundle);
    body = JSON.stringify({ bundle: input.bundle });
  } else if (row.action === "correct" && input.correction) {
    await checkCorrection(db, row.kind, row.targetId, input.correction);
    body = JSON.stringify({ correction: input.correction });
  } else {
    throw new ApiError(400, "invalid_body", "Send a bundle for a new record, or a correction for a correction.");
  }
  await run(db, [
    proposalGuard(db, row),
    db.run(sql`UPDATE proposals SET body = ${body}, version = version + 1,
      updated_at = ${nowSql} WHERE id = ${id}`),
    messageStatement(db, row, curator, "note", `Edited by ${curator.name}`),
    auditStatement(db, curator.curatorId, "proposal.edit", { kind: "proposal", id }),
  ]);
}

/** Publishes the proposal: a new record (with its stakeholders and sources), a corrected record, or the data file's version. */
export async function acceptProposal(
  db: Database,
  curator: CuratorViewer,
  id: string,
  input: { version: number; message?: string },
) {
  const row = await readProposalRow(db, id);
  checkOpen(row, input.version);
  const body = JSON.parse(row.body) as {
    bundle?: RecordBundle;
    correction?: Correction;
    doc?: Record<string, unknown>;
  };
  const provenance = { proposedBy: row.proposerName, reviewedBy: curator.curatorId };
  const common = { curatorId: curator.curatorId, proposalId: row.id, batchId: row.batchId };
  let statements: Statement[] = [];
  let changes: RecordChange[];
  if (row.action === "create" && body.bundle) {
    await checkBundle(db, row.kind, body.bundle);
    const origin = row.channel === "import" ? "import" : "contribution";
    ({ statements, changes } = await publishBundle(db, row.kind, body.bundle, {
      action: "accept",
      origin,
      provenance,
      ...common,
    }));
  } else if (row.action === "correct" && body.correction) {
    const state = await checkCorrection(db, row.kind, row.targetId, body.correction);
    const placed = await placeSources(db, [body.correction.source]);
    const sourceId = placed.renamed.get(body.correction.source.id) ?? body.correction.source.id;
    const doc = applyCorrection(row.kind, state.doc ?? {}, body.correction, {
      sourceId,
      translatedBy: row.proposerName ?? "a contributor",
    });
    statements = placed.sources;
    changes = [
      {
        kind: row.kind,
        id: row.targetId,
        doc,
        action: "accept",
        base: state.head,
        origin: state.head.origin,
        seedHash: null,
        ...common,
      },
    ];
  } else if (row.action === "update" && body.doc) {
    const state = await readHead(db, row.kind, row.targetId);
    if (!state) throw notFound(row.kind, row.targetId);
    changes = [
      {
        kind: row.kind,
        id: row.targetId,
        doc: body.doc,
        action: "accept",
        base: state.head,
        origin: state.head.origin,
        seedHash: toDocumentHash(body.doc),
        ...common,
        reason: "The data file's version, accepted",
      },
    ];
  } else {
    throw new ApiError(409, "proposal_invalid", "This proposal holds nothing to publish.");
  }
  await run(db, [
    proposalGuard(db, row),
    ...statements,
    ...recordChangeStatements(db, changes),
    decideStatement(db, row, "accepted", curator),
    messageStatement(db, row, curator, "accepted", input.message?.trim() || "Accepted and published."),
    auditStatement(
      db,
      curator.curatorId,
      "proposal.accept",
      { kind: row.kind, id: row.targetId },
      { proposal: row.id },
    ),
  ]);
  return { kind: row.kind, id: changes.find((c) => c.kind === row.kind)?.id ?? row.targetId };
}

/** Merges a proposed new record into the published record it duplicates. */
export async function mergeProposal(
  db: Database,
  curator: CuratorViewer,
  id: string,
  input: { version: number; into: string; message?: string },
) {
  const row = await readProposalRow(db, id);
  checkOpen(row, input.version);
  const body = JSON.parse(row.body) as { bundle?: RecordBundle };
  if (row.action !== "create" || !body.bundle) {
    throw new ApiError(409, "proposal_invalid", "Only a proposed new record can be merged into another.");
  }
  const target = await readHead(db, row.kind, input.into);
  if (!target?.doc) throw notFound(row.kind, input.into);
  const merged = mergeDocuments(target.doc, body.bundle.record);
  const bundle = { ...body.bundle, record: { ...merged, id: input.into } };
  await checkBundle(db, row.kind, bundle, { replaces: true });
  const published = await publishBundle(db, row.kind, bundle, {
    action: "accept",
    origin: "contribution",
    curatorId: curator.curatorId,
    proposalId: row.id,
    batchId: row.batchId,
  });
  const changes = published.changes.map((c) =>
    c.kind === row.kind && c.id === input.into
      ? {
          ...c,
          action: "merge" as const,
          base: target.head,
          origin: target.head.origin,
          seedHash: null,
          reason: `Merged with a proposal`,
        }
      : c,
  );
  await run(db, [
    proposalGuard(db, row),
    ...published.statements,
    ...recordChangeStatements(db, changes),
    decideStatement(db, row, "merged", curator),
    messageStatement(db, row, curator, "accepted", input.message?.trim() || `Merged into "${input.into}".`),
    auditStatement(db, curator.curatorId, "proposal.merge", { kind: row.kind, id: input.into }, { proposal: row.id }),
  ]);
  return { kind: row.kind, id: input.into };
}

/** A curator's direct change to a published record (a whole new document). */
export async function editRecord(
  db: Database,
  curator: CuratorViewer,
  kind: RecordKind,
  id: string,
  input: { revision: number; doc: Record<string, unknown>; reason: string },
) {
  const state = await readHead(db, kind, id);
  if (!state?.doc) throw notFound(kind, id);
  if (input.doc.id !== id) throw new ApiError(400, "invalid_body", "The document's id must stay the record's id.");
  if (state.head.revision !== input.revision) throw revisionConflict(state.doc, state.head.revision);
  await checkBundle(db, kind, { record: input.doc }, { replaces: true });
  await run(db, [
    ...recordChangeStatements(db, [
      {
        kind,
        id,
        doc: toNormalisedDocument(kind, input.doc),
        action: "edit",
        base: state.head,
        origin: state.head.origin,
        seedHash: null,
        curatorId: curator.curatorId,
        reason: input.reason,
      },
    ]),
    auditStatement(db, curator.curatorId, "record.edit", { kind, id }, { revision: state.head.revision + 1 }),
  ]);
}

/** Makes an earlier revision current again, as a new revision. */
export async function restoreRevision(
  db: Database,
  curator: CuratorViewer,
  kind: RecordKind,
  id: string,
  input: { revision: number; number: number; reason: string },
) {
  const state = await readHead(db, kind, id);
  if (!state) throw notFound(kind, id);
  if (state.head.revision !== input.revision) throw revisionConflict(state.doc, state.head.revision);
  const rows = await db.all<{ doc: string | null }>(
    sql`SELECT doc FROM record_revisions WHERE kind = ${kind} AND record_id = ${id} AND number = ${input.number}`,
  );
  if (!rows[0]) throw new ApiError(404, "not_found", `No revision ${input.number} of ${kind} "${id}"`);
  if (rows[0].doc === null)
    throw new ApiError(409, "cannot_restore_deletion", "That revision removed the record; restore the one before it.");
  const doc = JSON.parse(rows[0].doc) as Record<string, unknown>;
  await checkBundle(db, kind, { record: doc }, { replaces: true }).catch((error: unknown) => {
    if (error instanceof ApiError) {
      throw new ApiError(
        409,
        "cannot_restore",
        `Revision ${input.number} refers to what the atlas no longer has: ${error.message}`,
        error.details,
      );
    }
    throw error;
  });
  await run(db, [
    ...recordChangeStatements(db, [
      {
        kind,
        id,
        doc,
        action: "restore",
        base: state.head,
        origin: state.head.origin,
        seedHash: null,
        curatorId: curator.curatorId,
        reason: input.reason || `Restored revision ${input.number}`,
      },
    ]),
    auditStatement(db, curator.curatorId, "record.restore", { kind, id }, { number: input.number }),
  ]);
}

const revisionConflict = (current: Record<string, unknown> | null, revision: number) =>
  new ApiError(409, "version_conflict", "This record changed since you loaded it; here is its current version.", [
    { current, revision },
  ]);
