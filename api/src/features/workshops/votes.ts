/** Dots: how many of their budget a member puts on each step. */
import type { Database } from "@atlas/db/client";
import { nowSql } from "@atlas/db/sql";
import { createRoute } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { authenticate } from "./auth.ts";
import { voteEvent } from "./events.ts";
import { dotsUsedSql, inLiveList, selectItem, type Viewer, viewItem } from "./records.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import { commit, explainRefusal, isEditable, readState } from "./write.ts";

/**
 * Sets how many dots the member puts on a step (an absolute number, so a repeated or concurrent
 * submission counts once). The budget is checked inside the insert itself, in the same
 * transaction as the write, so concurrent votes cannot together exceed it; lowering is always allowed.
 */
async function vote(db: Database, viewer: Viewer, itemId: string, dots: number) {
  const id = viewer.workshopId;
  const writeId = createId();
  const { memberId } = viewer;
  const [upserted, , state, current, tally] = await commit(db, [
    db.run(sql`INSERT INTO workshop_votes (item_id, member_id, workshop_id, dots, write_id)
      SELECT i.id, ${memberId}, ${id}, ${dots}, ${writeId} FROM workshop_items i
      WHERE ${isEditable(id, itemId)} AND (
        ${dots} <= COALESCE((SELECT v.dots FROM workshop_votes v WHERE v.item_id = i.id AND v.member_id = ${memberId}), 0)
        OR ${dots} + (SELECT COALESCE(sum(v.dots), 0) FROM workshop_votes v JOIN workshop_items o ON o.id = v.item_id
          WHERE v.member_id = ${memberId} AND v.item_id <> i.id AND o.removed_at IS NULL AND ${inLiveList(sql`o.list_id`)})
          <= (SELECT dots_per_member FROM workshops WHERE id = ${id}))
      ON CONFLICT(item_id, member_id) DO UPDATE SET dots = excluded.dots, updated_at = ${nowSql},
        write_id = excluded.write_id`),
    voteEvent(db, id, memberId, sql`v.item_id = ${itemId} AND v.write_id = ${writeId}`),
    readState(db, id),
    selectItem(db, id, itemId),
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

export const voteRoutes = featureApp().openapi(
  createRoute({
    method: "put",
    path: "/workshops/{id}/items/{itemId}/vote",
    tags: s.tags,
    security: s.security,
    summary: "Set your dots on a step, within your budget",
    request: { params: s.itemParams, ...jsonBody(s.voteBody) },
    responses: { 200: ok(s.voteResult, "Your dots"), ...s.writeFailures },
  }),
  async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticate(c, id);
    return c.json(await vote(c.env.db, viewer, itemId, c.req.valid("json").dots), 200);
  },
);
