/**
 * What members add around a step: cases as evidence, dots and comments. None of them rewrites the
 * step's words, so none needs its version; each is still one atomic batch with its feed event.
 */
import type { Database } from "@atlas/db/client";
import { type SQL, sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { itemEvent, itemOf, revision, viewItem } from "./item-commands.ts";
import {
  type CommentRecord,
  commentJson,
  dotsUsedSql,
  inLiveList,
  parseJson,
  toComment,
  type Viewer,
  votesHidden,
} from "./records.ts";
import { createId } from "./secrets.ts";
import { commit, createWriteId, explainRefusal, first, insertEvent, isOpen, isUnlocked, readState } from "./write.ts";

const nowSql = sql.raw(`strftime('%Y-%m-%dT%H:%M:%fZ','now')`);

/** The step `i` can take evidence and dots: live, in an open workshop, its phase not locked. */
const editable = (workshopId: string, itemId: string) =>
  sql`i.id = ${itemId} AND i.workshop_id = ${workshopId} AND i.removed_at IS NULL AND ${inLiveList("i")}
    AND ${isOpen(workshopId)} AND ${isUnlocked(workshopId, sql`i.phase`)}`;

/** Attributes the change to the step (not its version), if the evidence row carries this write id. */
const touchItem = (db: Database, viewer: Viewer, itemId: string, writeId: string) =>
  db.run(sql`UPDATE workshop_items SET updated_by = ${viewer.memberId}, updated_at = ${nowSql}, write_id = ${writeId}
    WHERE id = ${itemId} AND EXISTS (SELECT 1 FROM workshop_item_cases e WHERE e.write_id = ${writeId})`);

const evidenceDetail = (writeId: string): SQL =>
  sql`(SELECT json_object('caseId', e.case_id, 'caseTitle', e.case_title, 'why', e.why)
    FROM workshop_item_cases e WHERE e.write_id = ${writeId})`;

export async function addEvidence(db: Database, viewer: Viewer, itemId: string, caseId: string, why: string) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const [inserted, , , , state, current, found] = await commit(db, [
    db.run(sql`INSERT INTO workshop_item_cases (item_id, case_id, case_title, case_country, case_city, why,
        added_by, write_id)
      SELECT i.id, c.id, c.title, c.country, c.city, ${why}, ${viewer.memberId}, ${writeId}
      FROM workshop_items i JOIN cases c ON c.id = ${caseId}
      WHERE ${editable(id, itemId)}
      ON CONFLICT(item_id, case_id) DO UPDATE SET removed_at = NULL, removed_by = NULL, why = excluded.why,
        added_by = excluded.added_by, added_at = ${nowSql}, write_id = excluded.write_id
        WHERE workshop_item_cases.removed_at IS NOT NULL`),
    touchItem(db, viewer, itemId, writeId),
    revision(db, viewer, itemId, writeId, "evidence-added", evidenceDetail(writeId)),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    itemOf(db, id, itemId),
    db.all<{ id: string }>(sql`SELECT id FROM cases WHERE id = ${caseId}`),
  ]);
  const item = viewItem(current, viewer, itemId);
  if (inserted.rowsAffected > 0) return item;
  explainRefusal(state, [item.phase]);
  if (item.removed) throw notFound("item", itemId);
  if (found.length === 0) throw notFound("case", caseId);
  throw new ApiError(409, "already_linked", "This case is already evidence for this step.", [{ current: item }]);
}

/** Unlinks a case; the link is kept, marked removed, and the step's history says who and when. */
export async function removeEvidence(db: Database, viewer: Viewer, itemId: string, evidenceId: number) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const [removed, , , , state, current] = await commit(db, [
    db.run(sql`UPDATE workshop_item_cases SET removed_at = ${nowSql}, removed_by = ${viewer.memberId},
        write_id = ${writeId}
      WHERE id = ${evidenceId} AND item_id = ${itemId} AND removed_at IS NULL
        AND EXISTS (SELECT 1 FROM workshop_items i WHERE ${editable(id, itemId)})`),
    touchItem(db, viewer, itemId, writeId),
    revision(db, viewer, itemId, writeId, "evidence-removed", evidenceDetail(writeId)),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    itemOf(db, id, itemId),
  ]);
  const item = viewItem(current, viewer, itemId);
  if (removed.rowsAffected > 0) return item;
  explainRefusal(state, [item.phase]);
  throw notFound("evidence", String(evidenceId));
}

/**
 * A vote event for each of a member's vote rows (`v`, joined to its step `i`) that `where` selects,
 * with the step's new total and the member's dots in use, as the transaction now has them.
 */
export const voteEvent = (db: Database, workshopId: string, memberId: string, where: SQL) =>
  insertEvent(
    db,
    workshopId,
    "vote",
    sql`json_object('listId', i.list_id, 'itemId', i.id, 'memberId', ${memberId}, 'dots', v.dots,
      'total', (SELECT COALESCE(sum(t.dots), 0) FROM workshop_votes t WHERE t.item_id = i.id),
      'used', ${dotsUsedSql(memberId)}, 'hidden', ${votesHidden})`,
    sql`FROM workshop_votes v JOIN workshop_items i ON i.id = v.item_id WHERE v.member_id = ${memberId} AND ${where}`,
  );

/**
 * Sets how many dots the member puts on a step (an absolute number, so a repeated or concurrent
 * submission counts once). The budget is checked inside the insert itself, in the same
 * transaction as the write, so concurrent votes cannot together exceed it; lowering is always allowed.
 */
export async function vote(db: Database, viewer: Viewer, itemId: string, dots: number) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const { memberId } = viewer;
  const [upserted, , state, current, tally] = await commit(db, [
    db.run(sql`INSERT INTO workshop_votes (item_id, member_id, workshop_id, dots, write_id)
      SELECT i.id, ${memberId}, ${id}, ${dots}, ${writeId} FROM workshop_items i
      WHERE ${editable(id, itemId)} AND (
        ${dots} <= COALESCE((SELECT v.dots FROM workshop_votes v WHERE v.item_id = i.id AND v.member_id = ${memberId}), 0)
        OR ${dots} + (SELECT COALESCE(sum(v.dots), 0) FROM workshop_votes v JOIN workshop_items o ON o.id = v.item_id
          WHERE v.member_id = ${memberId} AND v.item_id <> i.id AND o.removed_at IS NULL AND ${inLiveList("o")})
          <= (SELECT dots_per_member FROM workshops WHERE id = ${id}))
      ON CONFLICT(item_id, member_id) DO UPDATE SET dots = excluded.dots, updated_at = ${nowSql},
        write_id = excluded.write_id`),
    voteEvent(db, id, memberId, sql`v.item_id = ${itemId} AND v.write_id = ${writeId}`),
    readState(db, id),
    itemOf(db, id, itemId),
    db.get<{ used: number; budget: number; dots: number }>(sql`SELECT ${dotsUsedSql(memberId)} AS used,
      (SELECT dots_per_member FROM workshops WHERE id = ${id}) AS budget,
      COALESCE((SELECT dots FROM workshop_votes WHERE item_id = ${itemId} AND member_id = ${memberId}), 0) AS dots`),
  ]);
  const item = viewItem(current, viewer, itemId);
  const result = {
    itemId,
    dots: Number(tally?.dots ?? 0),
    used: Number(tally?.used ?? 0),
    budget: Number(tally?.budget ?? 0),
  };
  if (upserted.rowsAffected > 0) return result;
  explainRefusal(state, [item.phase]);
  if (item.removed) throw notFound("item", itemId);
  throw new ApiError(
    409,
    "vote_budget_exceeded",
    `You have ${result.budget - result.used} of your ${result.budget} dots left.`,
    [result],
    { left: result.budget - result.used, budget: result.budget },
  );
}

const commentOf = (db: Database, workshopId: string, commentId: string) =>
  db.all<{ json: string }>(sql`SELECT ${commentJson} AS json FROM workshop_comments cm
    WHERE cm.id = ${commentId} AND cm.workshop_id = ${workshopId}`);

const commentEvent = (db: Database, workshopId: string, commentId: string, writeId: string) =>
  insertEvent(
    db,
    workshopId,
    "comment",
    sql`json_object('listId', i.list_id, 'comment', json(${commentJson}),
      'commentCount', (SELECT count(*) FROM workshop_comments k WHERE k.item_id = i.id AND k.removed_at IS NULL))`,
    sql`FROM workshop_comments cm JOIN workshop_items i ON i.id = cm.item_id
      WHERE cm.id = ${commentId} AND cm.write_id = ${writeId}`,
  );

/** Comments stay open on locked phases: discussing a step is not changing it. */
export async function addComment(db: Database, viewer: Viewer, itemId: string, body: string) {
  const id = viewer.workshopId;
  const commentId = createId();
  const writeId = createWriteId();
  const [inserted, , state, current, item] = await commit(db, [
    db.run(sql`INSERT INTO workshop_comments (id, workshop_id, item_id, member_id, body, write_id)
      SELECT ${commentId}, ${id}, i.id, ${viewer.memberId}, ${body}, ${writeId} FROM workshop_items i
      WHERE i.id = ${itemId} AND i.workshop_id = ${id} AND i.removed_at IS NULL AND ${inLiveList("i")}
        AND ${isOpen(id)}`),
    commentEvent(db, id, commentId, writeId),
    readState(db, id),
    commentOf(db, id, commentId),
    itemOf(db, id, itemId),
  ]);
  const comment = first(current);
  if (inserted.rowsAffected > 0 && comment) return toComment(parseJson<CommentRecord>(comment.json));
  explainRefusal(state);
  viewItem(item, viewer, itemId);
  throw notFound("item", itemId);
}

/** The facilitator removes a comment: its words are hidden from everyone, its place in the thread kept. */
export async function removeComment(db: Database, viewer: Viewer, commentId: string) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const [removed, , state, current] = await commit(db, [
    db.run(sql`UPDATE workshop_comments SET removed_at = ${nowSql}, removed_by = ${viewer.memberId},
        write_id = ${writeId}
      WHERE id = ${commentId} AND workshop_id = ${id} AND removed_at IS NULL AND ${isOpen(id)}`),
    commentEvent(db, id, commentId, writeId),
    readState(db, id),
    commentOf(db, id, commentId),
  ]);
  const comment = first(current);
  if (!comment) throw notFound("comment", commentId);
  if (removed.rowsAffected === 0) explainRefusal(state);
  return toComment(parseJson<CommentRecord>(comment.json));
}
