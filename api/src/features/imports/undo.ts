/**
 * Undoing a whole import batch: its proposals still waiting are withdrawn, and the records it
 * published are deleted (a revision "undo" each, so history keeps them), except a record someone
 * changed since or that something outside the batch now refers to: those stay, and are reported. The
 * sources the batch brought go too, once nothing cites them.
 */
import type { Database } from "@atlas/db/client";
import { type HeadState, readHead } from "@atlas/db/records/heads";
import { type RecordChange, recordChangeStatements, runGuarded } from "@atlas/db/records/write";
import type { RecordKind } from "@atlas/db/schema";
import { sql } from "drizzle-orm";
import { ImportError } from "./write-batch.ts";

export interface KeptRecord {
  kind: RecordKind;
  id: string;
  reason: string;
}

export interface UndoResult {
  batchId: string;
  withdrawn: number;
  deleted: number;
  sourcesRemoved: number;
  kept: KeptRecord[];
}

interface BatchRow {
  id: string;
  status: string;
  report: string;
}

export async function undoBatch(db: Database, batchId: string, curatorId: string | null): Promise<UndoResult> {
  const [batch] = await db.all<BatchRow>(sql`SELECT id, status, report FROM import_batches WHERE id = ${batchId}`);
  if (!batch) throw new ImportError("not_found", `No import batch "${batchId}"`);
  if (batch.status === "undone") throw new ImportError("already_undone", `Import batch "${batchId}" is already undone`);
  const kept: KeptRecord[] = [];
  const accepted = await db.all<{ kind: RecordKind; id: string }>(sql`SELECT kind, target_id AS id FROM proposals
    WHERE batch_id = ${batchId} AND status IN ('accepted', 'merged')`);
  for (const p of accepted) kept.push({ ...p, reason: "its proposal was accepted by a curator" });

  const { deletions, kept: changed } = await toDeletions(db, batchId, curatorId);
  kept.push(...changed);
  const created = ((JSON.parse(batch.report) as { createdSources?: string[] }).createdSources ?? []) as string[];
  const now = new Date().toISOString();
  const results = await runGuarded(db, [
    db.run(sql`UPDATE proposals SET status = 'withdrawn', updated_at = ${now}, decided_by = ${curatorId}, decided_at = ${now}
      WHERE batch_id = ${batchId} AND status IN ('pending', 'changes-requested')`),
    ...recordChangeStatements(db, deletions),
    db.run(removeUncitedSources(created)),
    db.run(sql`UPDATE import_batches SET status = 'undone', undone_at = ${now}, undone_by = ${curatorId}
      WHERE id = ${batchId}`),
  ]);
  const affected = (r: unknown) => Number((r as { rowsAffected?: number }).rowsAffected ?? 0);
  const removed = results[results.length - 3];
  return {
    batchId,
    withdrawn: affected(results[0]),
    deleted: deletions.length,
    sourcesRemoved: affected(removed),
    kept,
  };
}

/** The batch's published records that can go, and those that stay with the reason. */
async function toDeletions(db: Database, batchId: string, curatorId: string | null) {
  const imported = await db.all<{ kind: RecordKind; id: string; number: number }>(sql`
    SELECT kind, record_id AS id, number FROM record_revisions WHERE batch_id = ${batchId} AND action = 'import'`);
  const kept: KeptRecord[] = [];
  const candidates = new Map<string, HeadState>();
  for (const r of imported) {
    const state = await readHead(db, r.kind, r.id);
    if (!state?.doc) continue;
    if (state.head.revision !== r.number) {
      kept.push({
        kind: r.kind,
        id: r.id,
        reason: `changed since the import (now at revision ${state.head.revision})`,
      });
    } else candidates.set(`${r.kind}:${r.id}`, state);
  }
  // A record stays while anything that stays refers to it; each pass may keep more.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, state] of candidates) {
      const referrer = await firstReferrer(db, state.head.kind, state.head.id, candidates);
      if (!referrer) continue;
      candidates.delete(key);
      kept.push({ kind: state.head.kind, id: state.head.id, reason: `referred to by ${referrer}` });
      changed = true;
    }
  }
  const deletions: RecordChange[] = [...candidates.values()].map((state) => ({
    kind: state.head.kind,
    id: state.head.id,
    doc: null,
    action: "undo",
    base: state.head,
    origin: state.head.origin,
    curatorId,
    batchId,
    reason: `Import batch ${batchId} undone`,
  }));
  return { deletions, kept };
}

/** A record outside `leaving` (or a waiting proposal) that refers to the record, as "case x". */
async function firstReferrer(
  db: Database,
  kind: RecordKind,
  id: string,
  leaving: Map<string, HeadState>,
): Promise<string | undefined> {
  const rows =
    kind === "stakeholder"
      ? await db.all<{ kind: string; id: string }>(sql`
          SELECT 'case' AS kind, case_id AS id FROM participations WHERE stakeholder_id = ${id}
          UNION SELECT 'case', case_id FROM relationships WHERE from_id = ${id} OR to_id = ${id}
          UNION SELECT 'currency', currency_id FROM currency_stakeholders WHERE stakeholder_id = ${id}`)
      : kind === "case"
        ? await db.all<{ kind: string; id: string }>(sql`
          SELECT 'currency' AS kind, currency_id AS id FROM currency_cases WHERE case_id = ${id}
          UNION SELECT 'case', c.id FROM cases c, json_each(c.related_cases) j
            WHERE json_extract(j.value, '$.case') = ${id}`)
        : [];
  const outside = rows.find((r) => !leaving.has(`${r.kind}:${r.id}`));
  if (outside) return `${outside.kind} ${outside.id}`;
  const [proposal] = await db.all<{ id: string }>(sql`SELECT id FROM proposals
    WHERE status IN ('pending', 'changes-requested') AND kind <> ${kind}
      AND instr(body, ${`"${id}"`}) > 0 LIMIT 1`);
  return proposal ? `proposal ${proposal.id}` : undefined;
}

/** Deletes those of the sources that nothing cites any more. */
function removeUncitedSources(ids: string[]) {
  const list = JSON.stringify(ids);
  return sql`DELETE FROM sources WHERE id IN (SELECT value FROM json_each(${list}))
    AND NOT EXISTS (SELECT 1 FROM case_sources WHERE source_id = sources.id)
    AND NOT EXISTS (SELECT 1 FROM stakeholder_sources WHERE source_id = sources.id)
    AND NOT EXISTS (SELECT 1 FROM relationship_sources WHERE source_id = sources.id)
    AND NOT EXISTS (SELECT 1 FROM currency_sources WHERE source_id = sources.id)
    AND NOT EXISTS (SELECT 1 FROM currency_figures WHERE source_id = sources.id)
    AND NOT EXISTS (SELECT 1 FROM terms WHERE source_id = sources.id)
    AND NOT EXISTS (SELECT 1 FROM cases WHERE sources.id IN (start_source_id, end_source_id, status_source_id)
      OR instr(outcomes_source_ids, '"' || sources.id || '"') > 0 OR instr(lessons_source_ids, '"' || sources.id || '"') > 0)
    AND NOT EXISTS (SELECT 1 FROM currencies WHERE sources.id IN (launch_source_id, end_source_id, status_source_id))
    AND NOT EXISTS (SELECT 1 FROM proposals WHERE status IN ('pending', 'changes-requested')
      AND instr(body, '"' || sources.id || '"') > 0)`;
}
