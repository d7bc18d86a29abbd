/**
 * Who is in a workshop: joining with the code, replacing the code, and the facilitator removing a
 * participant. A removed participant's secret stops opening the workshop (404, as for anyone else),
 * their dots are withdrawn so budgets and totals stay right, and their words stay attributed to them
 * in steps, comments and history; the member row is kept for that attribution.
 */
import type { Database } from "@atlas/db/client";
import { nowSql } from "@atlas/db/sql";
import { createRoute } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { clientAddress, limitAttempts } from "../../http/rate-limit.ts";
import { authenticateFacilitator } from "./auth.ts";
import { memberEvent, voteEvent } from "./events.ts";
import { joinPerAddress, joinPerCodePrefix } from "./limits.ts";
import { first, type Viewer } from "./records.ts";
import * as s from "./schema.ts";
import {
  createId,
  createJoinCode,
  createSecret,
  formatJoinCode,
  hashJoinCode,
  hashSecret,
  normalizeJoinCode,
} from "./secrets.ts";
import { closedError, commit, explainRefusal, isOpen, readState } from "./write.ts";

/** Enough for a large session (removed members do not count), small enough that one code cannot fill the database. */
export const maxMembers = 200;

/** Adds a participant to the workshop whose code this is; the caller has counted the attempt. */
async function joinWorkshop(db: Database, code: string, name: string) {
  const found = first(
    await db.all<{ id: string; status: string }>(
      sql`SELECT id, status FROM workshops WHERE join_code_hash = ${hashJoinCode(normalizeJoinCode(code))}`,
    ),
  );
  if (!found)
    throw new ApiError(404, "invalid_code", "No open workshop has this code. Check it with your facilitator.");
  if (found.status !== "open") throw closedError();
  const memberId = createId();
  const secret = createSecret();
  const [inserted] = await commit(db, [
    db.run(sql`INSERT INTO workshop_members (id, workshop_id, name, role, secret_hash)
      SELECT ${memberId}, ${found.id}, ${name}, 'participant', ${hashSecret(secret)}
      WHERE ${isOpen(found.id)} AND (SELECT count(*) FROM workshop_members WHERE workshop_id = ${found.id} AND removed_at IS NULL) < ${maxMembers}`),
    memberEvent(db, found.id, sql`m.id = ${memberId}`),
  ]);
  if (inserted.rowsAffected === 0) {
    throw new ApiError(409, "workshop_full", `This workshop already has ${maxMembers} members.`, undefined, {
      max: maxMembers,
    });
  }
  return { workshopId: found.id, member: { id: memberId, name, role: "participant" as const }, secret };
}

/** A new join code; the old one stops working. Members already in keep their links. */
async function rotateJoinCode(db: Database, viewer: Viewer) {
  const code = createJoinCode();
  const result = await db.run(sql`UPDATE workshops SET join_code_hash = ${hashJoinCode(code)}
    WHERE id = ${viewer.workshopId} AND status = 'open'`);
  if (result.rowsAffected === 0) throw closedError();
  return { joinCode: formatJoinCode(code) };
}

async function removeMember(db: Database, viewer: Viewer, memberId: string) {
  const id = viewer.workshopId;
  const writeId = createId();
  const applied = sql`EXISTS (SELECT 1 FROM workshop_members g WHERE g.id = ${memberId} AND g.write_id = ${writeId})`;
  const [removed, , , , , state, rows] = await commit(db, [
    db.run(sql`UPDATE workshop_members SET removed_at = ${nowSql}, removed_by = ${viewer.memberId}, write_id = ${writeId}
      WHERE id = ${memberId} AND workshop_id = ${id} AND role = 'participant' AND removed_at IS NULL AND ${isOpen(id)}`),
    // Zeroed first, so each step's vote event carries its total without these dots, then deleted.
    db.run(sql`UPDATE workshop_votes SET dots = 0, updated_at = ${nowSql}, write_id = ${writeId}
      WHERE member_id = ${memberId} AND dots > 0 AND ${applied}`),
    voteEvent(db, id, memberId, sql`v.write_id = ${writeId}`),
    db.run(sql`DELETE FROM workshop_votes WHERE member_id = ${memberId} AND write_id = ${writeId}`),
    memberEvent(db, id, sql`m.id = ${memberId} AND m.write_id = ${writeId}`, true),
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

export const memberRoutes = featureApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/join",
      tags: s.tags,
      summary: "Join a workshop with its code and a display name; answers the participant's secret",
      request: jsonBody(s.joinBody),
      responses: { 201: ok(s.joined, "Joined"), ...s.failures(400, 404, 409, 413, 415, 429) },
    }),
    async (c) => {
      const { code, name } = c.req.valid("json");
      await limitAttempts(c, [
        { key: `join:address:${clientAddress(c)}`, limit: joinPerAddress },
        { key: `join:code:${normalizeJoinCode(code).slice(0, 2)}`, limit: joinPerCodePrefix },
      ]);
      return c.json(await joinWorkshop(c.env.db, code, name), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/{id}/join-code",
      tags: s.tags,
      security: s.security,
      summary: "Replace the join code (facilitator); the old one stops working, members stay",
      request: { params: s.workshopParams, ...jsonBody(s.emptyBody) },
      responses: { 200: ok(s.joinCode, "The new code, shown once"), ...s.facilitatorFailures },
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      return c.json(await rotateJoinCode(c.env.db, viewer), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/workshops/{id}/members/{memberId}",
      tags: s.tags,
      security: s.security,
      summary:
        "Remove a participant (facilitator): their secret stops working and their dots are withdrawn; what they wrote stays attributed",
      request: { params: s.memberParams },
      responses: { 200: ok(s.removedMember, "Removed"), ...s.facilitatorFailures },
    }),
    async (c) => {
      const { id, memberId } = c.req.valid("param");
      const viewer = await authenticateFacilitator(c, id);
      return c.json(await removeMember(c.env.db, viewer, memberId), 200);
    },
  );
