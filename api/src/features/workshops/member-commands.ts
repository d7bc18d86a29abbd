/**
 * The facilitator removes a participant: their secret stops opening the workshop (404, as for anyone
 * else), their dots are withdrawn so budgets and totals stay right, and their words stay attributed
 * to them in steps, comments and history. The member row is kept for that attribution.
 */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { voteEvent } from "./contributions.ts";
import { memberJson, type Viewer } from "./records.ts";
import { commit, createWriteId, explainRefusal, first, insertEvent, isOpen, readState } from "./write.ts";

const nowSql = sql.raw(`strftime('%Y-%m-%dT%H:%M:%fZ','now')`);

export async function removeMember(db: Database, viewer: Viewer, memberId: string) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const applied = sql`EXISTS (SELECT 1 FROM workshop_members g WHERE g.id = ${memberId} AND g.write_id = ${writeId})`;
  const [removed, , , , , state, rows] = await commit(db, [
    db.run(sql`UPDATE workshop_members SET removed_at = ${nowSql}, removed_by = ${viewer.memberId}, write_id = ${writeId}
      WHERE id = ${memberId} AND workshop_id = ${id} AND role = 'participant' AND removed_at IS NULL AND ${isOpen(id)}`),
    // Zeroed first, so each step's vote event carries its total without these dots, then deleted.
    db.run(sql`UPDATE workshop_votes SET dots = 0, updated_at = ${nowSql}, write_id = ${writeId}
      WHERE member_id = ${memberId} AND dots > 0 AND ${applied}`),
    voteEvent(db, id, memberId, sql`v.write_id = ${writeId}`),
    db.run(sql`DELETE FROM workshop_votes WHERE member_id = ${memberId} AND write_id = ${writeId}`),
    insertEvent(
      db,
      id,
      "member",
      sql`json_object('member', json(${memberJson}), 'removed', json('true'))`,
      sql`FROM workshop_members m WHERE m.id = ${memberId} AND m.write_id = ${writeId}`,
    ),
    readState(db, id),
    db.all<{ id: string; name: string; role: "facilitator" | "participant"; removed: number }>(sql`SELECT id, name,
      role, removed_at IS NOT NULL AS removed FROM workshop_members WHERE id = ${memberId} AND workshop_id = ${id}`),
  ]);
  const member = first(rows);
  if (!member) throw notFound("member", memberId);
  if (member.role === "facilitator") {
    throw new ApiError(409, "facilitator_not_removable", "The facilitator cannot be removed from the workshop.");
  }
  // Removing someone already removed is harmless: the answer is the same.
  if (removed.rowsAffected === 0 && !member.removed) {
    explainRefusal(state);
    throw notFound("member", memberId);
  }
  return { id: member.id, name: member.name, role: member.role, removed: true as const };
}
