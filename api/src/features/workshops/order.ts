/**
 * The order of a list's steps: placing one after another, and sorting a list by votes. Moves are
 * not versioned: they change no one's words, and "after this step" keeps its meaning when others
 * move steps at the same time.
 */
import type { Database } from "@atlas/db/client";
import * as t from "@atlas/db/schema";
import { createRoute } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { authenticate, authenticateFacilitator } from "./auth.ts";
import { orderEvent } from "./events.ts";
import { first, inLiveList, orderJson, parseJson, selectItem, type Viewer, viewItem } from "./records.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import { commit, explainRefusal, isOpen, isUnlocked, readState, removedError, revision, wrote } from "./write.ts";

/** Positions 0…n-1 in the current order of a list's live steps, if `applied`. */
const renumber = (db: Database, listId: SQL, applied: SQL, orderBy: SQL = sql`position, id`) =>
  db.run(sql`UPDATE workshop_items SET position = r.rn
    FROM (SELECT id, row_number() OVER (ORDER BY ${orderBy}) - 1 AS rn FROM workshop_items
      WHERE list_id = ${listId} AND removed_at IS NULL) AS r
    WHERE workshop_items.id = r.id AND ${applied}`);

const orderOfItem = (db: Database, workshopId: string, itemId: string) =>
  db.all<{ listId: string; order: string }>(sql`SELECT x.list_id AS listId, ${orderJson(sql`x.list_id`)} AS "order"
    FROM workshop_items x WHERE x.id = ${itemId} AND x.workshop_id = ${workshopId}`);

/** Places a step after another (or first). */
async function moveItem(db: Database, viewer: Viewer, itemId: string, afterId: string | null) {
  const id = viewer.workshopId;
  const writeId = createId();
  const after = sql`SELECT a.position FROM workshop_items a WHERE a.id = ${afterId}
    AND a.list_id = workshop_items.list_id AND a.removed_at IS NULL AND a.id <> workshop_items.id`;
  const listOfItem = sql`(SELECT list_id FROM workshop_items WHERE id = ${itemId})`;
  const [moved, , , , state, current, order] = await commit(db, [
    db.run(sql`UPDATE workshop_items SET position = COALESCE((${after}), -1) + 0.5, write_id = ${writeId}
      WHERE id = ${itemId} AND workshop_id = ${id} AND removed_at IS NULL AND ${inLiveList(t.workshopItems.listId)}
        AND ${isOpen(id)} AND ${isUnlocked(id, sql`workshop_items.phase`)}
        AND (${afterId} IS NULL OR EXISTS (${after}))`),
    renumber(db, listOfItem, wrote(itemId, writeId)),
    revision(db, viewer, itemId, writeId, "moved", sql`json_object('afterId', ${afterId})`),
    orderEvent(db, id, listOfItem, wrote(itemId, writeId)),
    readState(db, id),
    selectItem(db, id, itemId),
    orderOfItem(db, id, itemId),
  ]);
  const item = viewItem(current, viewer, itemId);
  const result = { listId: item.listId, order: parseJson<string[]>(first(order)?.order ?? "[]") };
  if (moved.rowsAffected > 0) return result;
  explainRefusal(state, [item.phase]);
  if (item.removed) throw removedError(itemId);
  throw new ApiError(
    409,
    "order_conflict",
    "The step to place this one after has moved to another list or been removed; here is the current order.",
    [{ current: result }],
  );
}

/** The facilitator orders a list by dots, most first; ties keep their order. */
async function sortByVotes(db: Database, viewer: Viewer, listId: string) {
  const id = viewer.workshopId;
  const applied = sql`EXISTS (SELECT 1 FROM workshop_lists l WHERE l.id = ${listId} AND l.workshop_id = ${id}
    AND l.removed_at IS NULL) AND ${isOpen(id)}`;
  const votes = sql`(SELECT COALESCE(sum(v.dots), 0) FROM workshop_votes v WHERE v.item_id = workshop_items.id)`;
  const [sorted, , state, order] = await commit(db, [
    renumber(db, sql`${listId}`, applied, sql`${votes} DESC, position, id`),
    orderEvent(db, id, sql`${listId}`, applied),
    readState(db, id),
    db.all<{ order: string }>(sql`SELECT ${orderJson(sql`l.id`)} AS "order" FROM workshop_lists l
      WHERE l.id = ${listId} AND l.workshop_id = ${id} AND l.removed_at IS NULL`),
  ]);
  const current = first(order);
  if (!current) throw notFound("list", listId);
  if (sorted.rowsAffected === 0) explainRefusal(state);
  return { listId, order: parseJson<string[]>(current.order) };
}

export const orderRoutes = featureApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/{id}/items/{itemId}/move",
      tags: s.tags,
      security: s.security,
      summary: "Place a step after another, or first",
      request: { params: s.itemParams, ...jsonBody(s.moveBody) },
      responses: { 200: ok(s.order, "The new order"), ...s.writeFailures },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await moveItem(c.env.db, viewer, itemId, c.req.valid("json").afterId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/{id}/lists/{listId}/sort-by-votes",
      tags: s.tags,
      security: s.security,
      summary: "Order a list by votes, most first (facilitator)",
      request: { params: s.listParams, ...jsonBody(s.emptyBody) },
      responses: { 200: ok(s.order, "The new order"), ...s.facilitatorFailures },
    }),
    async (c) => {
      const { id, listId } = c.req.valid("param");
      const viewer = await authenticateFacilitator(c, id);
      return c.json(await sortByVotes(c.env.db, viewer, listId), 200);
    },
  );
