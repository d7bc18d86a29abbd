/**
 * Proposals from anyone: a new record (a bundle) or a correction, each followed by its proposer
 * through a private link (the secret's SHA-256 is all that is stored), who can answer a curator's
 * questions with a message and a revised proposal, or withdraw it.
 */
import type { Database } from "@atlas/db/client";
import { bundleProblems, type RecordBundle } from "@atlas/db/records/bundle";
import { applyCorrection, CorrectionError } from "@atlas/db/records/correction";
import { readHead } from "@atlas/db/records/heads";
import type { Correction } from "@atlas/db/records/proposals";
import { readReferenceContext } from "@atlas/db/records/references";
import type { RecordKind } from "@atlas/db/schema";
import { nowSql } from "@atlas/db/sql";
import { sql } from "drizzle-orm";
import { ZodError } from "zod";
import { ApiError, notFound } from "../../http/errors.ts";
import { createRowId, createToken, hashToken, sameToken } from "../../http/tokens.ts";

export type Bundle = RecordBundle;

export interface Proposer {
  name?: string;
}

/** A 400 naming each problem by its path in the body, as zod failures do, so forms put it by the field. */
export function invalidProposal(problems: { field?: string; message: string }[], prefix: string) {
  const details = problems.map((p) => ({
    parameter: prefix,
    path: p.field ? `${prefix}.${p.field}` : prefix,
    message: p.message,
  }));
  return new ApiError(400, "invalid_body", `Invalid body: ${details[0]?.path}: ${details[0]?.message}`, details);
}

/** Checks a bundle against the atlas as it is now; throws the 400 that names every problem. */
export async function checkBundle(
  db: Database,
  kind: RecordKind,
  bundle: unknown,
  options: { replaces?: boolean } = {},
): Promise<void> {
  const problems = bundleProblems(await readReferenceContext(db), kind, bundle, options);
  if (problems.length > 0) throw invalidProposal(problems, "bundle");
}

/** Checks that a correction applies to the record as it is now and leaves it valid. */
export async function checkCorrection(db: Database, kind: RecordKind, target: string, correction: Correction) {
  const state = await readHead(db, kind, target);
  if (!state?.doc) throw notFound(kind, target);
  try {
    applyCorrection(kind, state.doc, correction, { sourceId: correction.source.id, translatedBy: "check" });
  } catch (error) {
    if (error instanceof CorrectionError)
      throw invalidProposal([{ field: error.field, message: error.message }], "correction");
    if (error instanceof ZodError) {
      const problems = error.issues.map((i) => ({
        field: "value",
        message: `${i.path.join(".") || "value"}: ${i.message}`,
      }));
      throw invalidProposal(problems, "correction");
    }
    throw error;
  }
  return state;
}

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.id ?? "");

export async function proposeRecord(
  db: Database,
  kind: RecordKind,
  input: { bundle: RecordBundle; proposer: Proposer; note?: string },
) {
  await checkBundle(db, kind, input.bundle);
  const record = input.bundle.record;
  return insertProposal(db, {
    kind,
    action: "create",
    targetId: String(record.id),
    body: { bundle: input.bundle },
    country: typeof record.country === "string" ? record.country : null,
    proposerName: input.proposer.name || null,
    note: input.note,
  });
}

export async function proposeCorrection(
  db: Database,
  input: { kind: RecordKind; target: string; correction: Correction; proposer: Proposer },
) {
  const state = await checkCorrection(db, input.kind, input.target, input.correction);
  return insertProposal(db, {
    kind: input.kind,
    action: "correct",
    targetId: input.target,
    body: { correction: input.correction },
    country: typeof state.doc?.country === "string" ? state.doc.country : null,
    proposerName: input.proposer.name || null,
    baseRevision: state.head.revision,
    note: input.correction.note,
  });
}

async function insertProposal(
  db: Database,
  p: {
    kind: RecordKind;
    action: "create" | "correct";
    targetId: string;
    body: Record<string, unknown>;
    country: string | null;
    proposerName: string | null;
    baseRevision?: number;
    note?: string;
  },
) {
  const id = createRowId();
  const secret = createToken();
  await db.batch([
    db.run(sql`INSERT INTO proposals (id, kind, action, target_id, body, channel, country, proposer_name, secret_hash, base_revision)
      VALUES (${id}, ${p.kind}, ${p.action}, ${p.targetId}, ${JSON.stringify(p.body)}, 'form', ${p.country},
        ${p.proposerName}, ${hashToken(secret)}, ${p.baseRevision ?? null})`),
    ...(p.note
      ? [
          db.run(
            sql`INSERT INTO proposal_messages (proposal_id, author, kind, body) VALUES (${id}, 'proposer', 'note', ${p.note})`,
          ),
        ]
      : []),
  ]);
  return { id, secret };
}

interface ProposalRow {
  id: string;
  kind: RecordKind;
  action: "create" | "correct" | "update";
  targetId: string;
  body: string;
  status: string;
  proposerName: string | null;
  secretHash: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The proposal a private link opens; anyone else is told it does not exist. */
export async function authenticateProposer(db: Database, id: string, secret: string | undefined): Promise<ProposalRow> {
  const rows = await db.all<ProposalRow>(sql`SELECT id, kind, action, target_id AS targetId, body, status,
      proposer_name AS proposerName, secret_hash AS secretHash, created_at AS createdAt, updated_at AS updatedAt, version
    FROM proposals WHERE id = ${id}`);
  const row = rows[0];
  if (!row || !secret || !row.secretHash || !sameToken(row.secretHash, hashToken(secret))) {
    throw new ApiError(404, "not_found", `No proposal with id "${id}"`);
  }
  return row;
}

export async function readContribution(db: Database, row: ProposalRow) {
  const messages = await db.all<{
    author: "curator" | "proposer" | "system";
    kind: string;
    body: string;
    createdAt: string;
  }>(
    sql`SELECT author, kind, body, created_at AS createdAt FROM proposal_messages WHERE proposal_id = ${row.id} ORDER BY id`,
  );
  const body = JSON.parse(row.body) as Record<string, unknown>;
  const target =
    row.action === "create" ? ((body.bundle as RecordBundle).record as Record<string, unknown>) : undefined;
  const published = await readHead(db, row.kind, row.targetId);
  const title = target ? titleOf(target) : published?.doc ? titleOf(published.doc) : row.targetId;
  const accepted = row.status === "accepted" || row.status === "merged";
  return {
    id: row.id,
    kind: row.kind,
    action: row.action,
    status: row.status as "pending",
    title,
    proposerName: row.proposerName,
    body,
    messages: messages as { author: "curator"; kind: "question"; body: string; createdAt: string }[],
    record: accepted ? await publishedRecord(db, row) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Where an accepted proposal went: its own record, or the one it was merged into. */
async function publishedRecord(db: Database, row: ProposalRow) {
  const rows = await db.all<{ kind: RecordKind; recordId: string }>(sql`SELECT kind, record_id AS recordId
    FROM record_revisions WHERE proposal_id = ${row.id} AND kind = ${row.kind} ORDER BY id DESC LIMIT 1`);
  return rows[0] ? { kind: rows[0].kind, id: rows[0].recordId } : { kind: row.kind, id: row.targetId };
}

/** The proposer answers; a revised proposal replaces the old one; a proposal waiting for changes waits for curators again. */
export async function answer(
  db: Database,
  row: ProposalRow,
  input: { body: string; bundle?: Record<string, unknown>; correction?: Correction },
) {
  if (!["pending", "changes-requested"].includes(row.status)) {
    throw new ApiError(409, "proposal_decided", "This proposal has been decided; it cannot be changed any more.");
  }
  let body = row.body;
  if (input.bundle && row.action === "create") {
    await checkBundle(db, row.kind, input.bundle);
    if (String(input.bundle.record && (input.bundle.record as Record<string, unknown>).id) !== row.targetId) {
      throw invalidProposal([{ field: "record.id", message: "must stay the id first proposed" }], "bundle");
    }
    body = JSON.stringify({ bundle: input.bundle });
  } else if (input.correction && row.action === "correct") {
    await checkCorrection(db, row.kind, row.targetId, input.correction);
    body = JSON.stringify({ correction: input.correction });
  }
  await db.batch([
    db.run(sql`UPDATE proposals SET body = ${body}, version = version + 1,
        status = CASE WHEN status = 'changes-requested' THEN 'pending' ELSE status END,
        updated_at = ${nowSql}
      WHERE id = ${row.id}`),
    db.run(
      sql`INSERT INTO proposal_messages (proposal_id, author, kind, body) VALUES (${row.id}, 'proposer', 'answer', ${input.body})`,
    ),
  ]);
}

export async function withdraw(db: Database, row: ProposalRow) {
  if (!["pending", "changes-requested"].includes(row.status)) {
    throw new ApiError(409, "proposal_decided", "This proposal has been decided; it cannot be withdrawn any more.");
  }
  await db.run(sql`UPDATE proposals SET status = 'withdrawn', version = version + 1,
    updated_at = ${nowSql} WHERE id = ${row.id}`);
}

/** A stand-in answer for a bot that filled the hidden field: it learns nothing, nothing is stored. */
export const decoy = () => ({ id: createRowId(), secret: createToken() });
