/**
 * What curators read: the queue of proposals with its filters, and one proposal with everything a
 * decision needs: the record as it is and as it would be (field by field), the sources, possible
 * duplicates already in the atlas, and the conversation.
 */
import type { Database } from "@atlas/db/client";
import type { RecordBundle } from "@atlas/db/records/bundle";
import { applyCorrection } from "@atlas/db/records/correction";
import { diffDocuments } from "@atlas/db/records/diff";
import { readHead } from "@atlas/db/records/heads";
import type { Correction } from "@atlas/db/records/proposals";
import { distanceKm, nameSimilarity } from "@atlas/db/records/similarity";
import type { ProposalStatus, RecordKind } from "@atlas/db/schema";
import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/errors.ts";

export interface ProposalRow {
  id: string;
  kind: RecordKind;
  action: "create" | "correct" | "update";
  targetId: string;
  body: string;
  channel: "form" | "data" | "import";
  country: string | null;
  status: ProposalStatus;
  proposerName: string | null;
  baseRevision: number | null;
  batchId: string | null;
  version: number;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const proposalColumns =
  sql.raw(`p.id, p.kind, p.action, p.target_id AS targetId, p.body, p.channel, p.country, p.status,
  p.proposer_name AS proposerName, p.base_revision AS baseRevision, p.batch_id AS batchId, p.version,
  p.decided_by AS decidedBy, p.decided_at AS decidedAt, p.created_at AS createdAt, p.updated_at AS updatedAt`);

export async function readProposalRow(db: Database, id: string): Promise<ProposalRow> {
  const rows = await db.all<ProposalRow>(sql`SELECT ${proposalColumns} FROM proposals p WHERE p.id = ${id}`);
  if (!rows[0]) throw new ApiError(404, "not_found", `No proposal with id "${id}"`);
  return rows[0];
}

export interface QueueFilters {
  kind?: RecordKind;
  status?: ProposalStatus[];
  country?: string;
  channel?: "form" | "data" | "import";
  olderThanDays?: number;
  page: number;
  pageSize: number;
}

/** Proposals matching the filters, oldest waiting first, with the counts per status for the same filters. */
export async function listProposals(db: Database, f: QueueFilters) {
  const where: SQL[] = [sql`1 = 1`];
  if (f.kind) where.push(sql`p.kind = ${f.kind}`);
  if (f.country) where.push(sql`p.country = ${f.country}`);
  if (f.channel) where.push(sql`p.channel = ${f.channel}`);
  if (f.olderThanDays !== undefined) {
    where.push(sql`p.created_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ${`-${f.olderThanDays} days`})`);
  }
  const scope = sql.join(where, sql` AND `);
  const statuses = f.status?.length ? f.status : ["pending", "changes-requested"];
  const [rows, totals] = await db.batch([
    db.all<ProposalRow & { messageCount: number }>(sql`SELECT ${proposalColumns},
        (SELECT count(*) FROM proposal_messages m WHERE m.proposal_id = p.id) AS messageCount
      FROM proposals p WHERE ${scope} AND p.status IN (SELECT value FROM json_each(${JSON.stringify(statuses)}))
      ORDER BY p.created_at, p.id LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`),
    db.all<{ status: ProposalStatus; n: number }>(
      sql`SELECT p.status, count(*) AS n FROM proposals p WHERE ${scope} GROUP BY p.status`,
    ),
  ]);
  const counts = Object.fromEntries(totals.map((t) => [t.status, Number(t.n)]));
  const total = statuses.reduce((n, s) => n + (counts[s] ?? 0), 0);
  const items = await Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      kind: r.kind,
      action: r.action,
      channel: r.channel,
      status: r.status,
      title: await proposalTitle(db, r),
      targetId: r.targetId,
      country: r.country,
      proposerName: r.proposerName,
      batchId: r.batchId,
      messageCount: Number(r.messageCount),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
  );
  return { items, total, counts, page: f.page, pageSize: f.pageSize };
}

const titleOf = (doc: Record<string, unknown> | null | undefined) =>
  doc ? String(doc.title ?? doc.name ?? doc.id) : "";

async function proposalTitle(db: Database, r: ProposalRow): Promise<string> {
  if (r.action === "create") return titleOf((JSON.parse(r.body) as { bundle: RecordBundle }).bundle.record);
  return titleOf((await readHead(db, r.kind, r.targetId))?.doc) || r.targetId;
}

export interface Duplicate {
  kind: RecordKind;
  id: string;
  name: string;
  country: string | null;
  city: string | null;
  similarity: number;
  distanceKm: number | null;
}

const candidateTables = {
  case: sql.raw("SELECT id, title AS name, country, city, latitude, longitude FROM cases"),
  stakeholder: sql.raw("SELECT id, name, country, city, latitude, longitude FROM stakeholders"),
  currency: sql.raw("SELECT id, name, country, city, latitude, longitude FROM currencies"),
};

/** Published records of the kind that may be the same: a similar name, in the same country, or nearby. */
export async function findDuplicates(
  db: Database,
  kind: RecordKind,
  doc: Record<string, unknown>,
): Promise<Duplicate[]> {
  const name = String(doc.title ?? doc.name ?? "");
  const country = typeof doc.country === "string" ? doc.country : null;
  const rows = await db.all<{
    id: string;
    name: string;
    country: string | null;
    city: string | null;
    latitude: number | null;
    longitude: number | null;
  }>(sql`SELECT * FROM (${candidateTables[kind]}) WHERE id <> ${String(doc.id ?? "")}
    AND (${country} IS NULL OR country IS NULL OR country = ${country})`);
  const point =
    typeof doc.latitude === "number" && typeof doc.longitude === "number"
      ? { latitude: doc.latitude, longitude: doc.longitude }
      : null;
  return rows
    .map((r) => {
      const distance =
        point && r.latitude !== null && r.longitude !== null
          ? distanceKm(point, { latitude: r.latitude, longitude: r.longitude })
          : null;
      return { kind, ...r, similarity: nameSimilarity(name, r.name), distanceKm: distance };
    })
    .filter((d) => d.similarity >= 0.45 || (d.distanceKm !== null && d.distanceKm <= 5 && d.similarity >= 0.25))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 5)
    .map(({ latitude: _lat, longitude: _lon, ...d }) => ({
      ...d,
      similarity: Math.round(d.similarity * 100) / 100,
      distanceKm: d.distanceKm === null ? null : Math.round(d.distanceKm * 10) / 10,
    }));
}

/** One proposal for review. */
export async function readProposal(db: Database, id: string) {
  const row = await readProposalRow(db, id);
  const body = JSON.parse(row.body) as Record<string, unknown>;
  const state = row.action === "create" ? undefined : await readHead(db, row.kind, row.targetId);
  const current = state?.doc ?? null;
  const proposed = proposedDocument(row, body, current);
  const bundle = row.action === "create" ? (body.bundle as RecordBundle) : undefined;
  const messages = await db.all<{
    author: string;
    curatorName: string | null;
    kind: string;
    body: string;
    createdAt: string;
  }>(
    sql`SELECT m.author, c.name AS curatorName, m.kind, m.body, m.created_at AS createdAt
      FROM proposal_messages m LEFT JOIN curators c ON c.id = m.curator_id WHERE m.proposal_id = ${id} ORDER BY m.id`,
  );
  const duplicates = bundle
    ? {
        record: await findDuplicates(db, row.kind, bundle.record),
        stakeholders: Object.fromEntries(
          await Promise.all(
            (bundle.stakeholders ?? []).map(
              async (s) => [String(s.id), await findDuplicates(db, "stakeholder", s)] as const,
            ),
          ),
        ),
      }
    : { record: [], stakeholders: {} };
  return {
    ...summary(row),
    title: titleOf(proposed ?? current),
    body,
    current,
    currentRevision: state?.head.revision ?? null,
    proposed,
    changes: diffDocuments(current, proposed),
    newStakeholders: (bundle?.stakeholders ?? []) as Record<string, unknown>[],
    newSources: (bundle?.sources ?? (body.correction ? [(body.correction as Correction).source] : [])) as Record<
      string,
      unknown
    >[],
    duplicates,
    messages,
  };
}

function summary(row: ProposalRow) {
  const { body: _body, ...rest } = row;
  return rest;
}

/** The record as the proposal would make it (null when the correction no longer applies). */
function proposedDocument(row: ProposalRow, body: Record<string, unknown>, current: Record<string, unknown> | null) {
  if (row.action === "create") return (body.bundle as RecordBundle).record;
  if (row.action === "update") return body.doc as Record<string, unknown>;
  if (!current) return null;
  const correction = body.correction as Correction;
  try {
    return applyCorrection(row.kind, current, correction, {
      sourceId: correction.source.id,
      translatedBy: row.proposerName ?? "a contributor",
    });
  } catch {
    return null;
  }
}
