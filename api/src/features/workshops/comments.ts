/**
 * Comments on a step. They stay open on locked phases: discussing a step is not changing it. The
 * facilitator may remove one: its words are hidden from everyone, its place in the thread kept.
 */
import type { Database } from "@atlas/db/client";
import { nowSql } from "@atlas/db/sql";
import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { authenticate, authenticateFacilitator } from "./auth.ts";
import { commentEvent } from "./events.ts";
import {
  type CommentRecord,
  commentJson,
  first,
  i,
  inLiveList,
  parseJson,
  requireItem,
  selectItem,
  toComment,
  type Viewer,
  viewItem,
} from "./records.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import { commit, explainRefusal, isOpen, readState } from "./write.ts";

const selectComment = (db: Database, workshopId: string, commentId: string) =>
  db.all<{ json: string }>(sql`SELECT ${commentJson} AS json FROM workshop_comments cm
    WHERE cm.id = ${commentId} AND cm.workshop_id = ${workshopId}`);

async function listComments(db: Database, viewer: Viewer, itemId: string) {
  await requireItem(db, viewer, itemId);
  const rows = await db.all<{ json: string }>(sql`SELECT ${commentJson} AS json FROM workshop_comments cm
    WHERE cm.item_id = ${itemId} ORDER BY cm.rowid`);
  return { items: rows.map((row) => toComment(parseJson<CommentRecord>(row.json))) };
}

async function addComment(db: Database, viewer: Viewer, itemId: string, body: string) {
  const id = viewer.workshopId;
  const commentId = createId();
  const writeId = createId();
  const [inserted, , state, current, item] = await commit(db, [
    db.run(sql`INSERT INTO workshop_comments (id, workshop_id, item_id, member_id, body, write_id)
      SELECT ${commentId}, ${id}, i.id, ${viewer.memberId}, ${body}, ${writeId} FROM workshop_items i
      WHERE i.id = ${itemId} AND i.workshop_id = ${id} AND i.removed_at IS NULL AND ${inLiveList(i.listId)}
        AND ${isOpen(id)}`),
    commentEvent(db, id, commentId, writeId),
    readState(db, id),
    selectComment(db, id, commentId),
    selectItem(db, id, itemId),
  ]);
  const comment = first(current);
  if (inserted.rowsAffected > 0 && comment) return toComment(parseJson<CommentRecord>(comment.json));
  explainRefusal(state);
  viewItem(item, viewer, itemId);
  throw notFound("item", itemId);
}

async function removeComment(db: Database, viewer: Viewer, commentId: string) {
  const id = viewer.workshopId;
  const writeId = createId();
  const [removed, , state, current] = await commit(db, [
    db.run(sql`UPDATE workshop_comments SET removed_at = ${nowSql}, removed_by = ${viewer.memberId},
        write_id = ${writeId}
      WHERE id = ${commentId} AND workshop_id = ${id} AND removed_at IS NULL AND ${isOpen(id)}`),
    commentEvent(db, id, commentId, writeId),
    readState(db, id),
    selectComment(db, id, commentId),
  ]);
  const comment = first(current);
  if (!comment) throw notFound("comment", commentId);
  if (removed.rowsAffected === 0) explainRefusal(state);
  return toComment(parseJson<CommentRecord>(comment.json));
}

export const commentRoutes = featureApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/workshops/{id}/items/{itemId}/comments",
      tags: s.tags,
      security: s.security,
      summary: "The comments on a step, oldest first",
      request: { params: s.itemParams },
      responses: { 200: ok(z.object({ items: z.array(s.comment) }), "The comments"), ...s.failures(400, 404) },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await listComments(c.env.db, viewer, itemId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/{id}/items/{itemId}/comments",
      tags: s.tags,
      security: s.security,
      summary: "Comment on a step",
      request: { params: s.itemParams, ...jsonBody(s.commentBody) },
      responses: { 201: ok(s.comment, "The comment"), ...s.writeFailures },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await addComment(c.env.db, viewer, itemId, c.req.valid("json").body), 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/workshops/{id}/comments/{commentId}",
      tags: s.tags,
      security: s.security,
      summary: "Remove a comment (facilitator)",
      request: { params: s.commentParams },
      responses: { 200: ok(s.comment, "Removed"), ...s.facilitatorFailures },
    }),
    async (c) => {
      const { id, commentId } = c.req.valid("param");
      const viewer = await authenticateFacilitator(c, id);
      return c.json(await removeComment(c.env.db, viewer, commentId), 200);
    },
  );
