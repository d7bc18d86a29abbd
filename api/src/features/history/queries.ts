/**
 * A record's public history: every revision, newest first, with who made it (the data files, a
 * curator, a proposer as they named themselves, an import), when, why, what changed field by field,
 * and the sources the record cited then; and its provenance in one line.
 */
import type { Database } from "@atlas/db/client";
import { diffDocuments, type FieldChange } from "@atlas/db/records/diff";
import type { RecordKind, RevisionAction } from "@atlas/db/schema";
import { sql } from "drizzle-orm";
import { notFound } from "../../http/errors.ts";

interface RevisionRow {
  number: number;
  doc: string | null;
  action: RevisionAction;
  curatorName: string | null;
  proposalId: string | null;
  proposerName: string | null;
  channel: string | null;
  batchId: string | null;
  reason: string | null;
  createdAt: string;
}

export async function readHistory(db: Database, kind: RecordKind, id: string) {
  const [heads, rows] = await db.batch([
    db.all<{
      origin: string;
      proposedBy: string | null;
      reviewerName: string | null;
      reviewedAt: string | null;
      revision: number;
      createdAt: string;
      updatedAt: string;
    }>(sql`SELECT h.origin, h.proposed_by AS proposedBy, c.name AS reviewerName, h.reviewed_at AS reviewedAt,
        h.revision, h.created_at AS createdAt, h.updated_at AS updatedAt
      FROM record_heads h LEFT JOIN curators c ON c.id = h.reviewed_by WHERE h.kind = ${kind} AND h.id = ${id}`),
    db.all<RevisionRow>(sql`SELECT r.number, r.doc, r.action, c.name AS curatorName, r.proposal_id AS proposalId,
        p.proposer_name AS proposerName, p.channel, r.batch_id AS batchId, r.reason, r.created_at AS createdAt
      FROM record_revisions r LEFT JOIN curators c ON c.id = r.curator_id LEFT JOIN proposals p ON p.id = r.proposal_id
      WHERE r.kind = ${kind} AND r.record_id = ${id} ORDER BY r.number`),
  ]);
  const head = heads[0];
  if (!head) throw notFound(kind, id);
  const docs = rows.map((r) => (r.doc ? (JSON.parse(r.doc) as Record<string, unknown>) : null));
  const cited = [...new Set(docs.flatMap((d) => (d?.sources as string[] | undefined) ?? []))];
  const sources = await db.all<{
    id: string;
    url: string;
    title: string;
    publisher: string | null;
    year: number | null;
  }>(
    sql`SELECT id, url, title, publisher, year FROM sources WHERE id IN (SELECT value FROM json_each(${JSON.stringify(cited)}))`,
  );
  const byId = new Map(sources.map((s) => [s.id, s]));
  const revisions = rows.map((r, i) => ({
    number: r.number,
    action: r.action,
    createdAt: r.createdAt,
    by: toAuthor(r),
    reason: r.reason,
    proposalId: r.proposalId,
    batchId: r.batchId,
    deleted: r.doc === null,
    changes: diffDocuments(docs[i - 1] ?? null, docs[i] ?? null).filter(
      (c) => c.field !== "translations",
    ) as FieldChange[],
    sources: ((docs[i]?.sources as string[] | undefined) ?? []).flatMap((s) =>
      byId.has(s) ? [byId.get(s) as NonNullable<ReturnType<typeof byId.get>>] : [],
    ),
  }));
  return {
    kind,
    id,
    provenance: {
      origin: head.origin as "data",
      proposedBy: head.proposedBy,
      reviewedBy: head.reviewerName,
      reviewedAt: head.reviewedAt,
      revision: head.revision,
      createdAt: head.createdAt,
      updatedAt: head.updatedAt,
      deleted: rows.at(-1)?.doc === null,
    },
    revisions: revisions.reverse(),
  };
}

function toAuthor(r: RevisionRow): {
  type: "data-files" | "curator" | "proposer" | "import";
  name: string | null;
  reviewer: string | null;
} {
  if (r.action === "seed") return { type: "data-files", name: null, reviewer: null };
  if (r.action === "import" || r.channel === "import") return { type: "import", name: null, reviewer: r.curatorName };
  if (r.proposalId && r.channel === "form") return { type: "proposer", name: r.proposerName, reviewer: r.curatorName };
  return { type: "curator", name: r.curatorName, reviewer: null };
}
