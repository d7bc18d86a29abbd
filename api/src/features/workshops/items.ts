/**
 * The steps of a list: add, edit (versioned), remove, restore, and each step's history. Each change
 * is one atomic batch that also records a revision and appends the change feed.
 */
import type { Database } from "@atlas/db/client";
import type { WorkshopPhase } from "@atlas/db/schema";
import * as t from "@atlas/db/schema";
import { nowSql } from "@atlas/db/sql";
import { createRoute } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { authenticate, authenticateFacilitator } from "./auth.ts";
import { itemEvent } from "./events.ts";
import { inLiveList, parseJson, requireItem, selectItem, type Viewer, type ViewerItem, viewItem } from "./records.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import {
  commit,
  conflictError,
  explainRefusal,
  isOpen,
  isUnlocked,
  readState,
  removedError,
  revision,
  type State,
  wrote,
} from "./write.ts";

/** Why a guarded change to a live step did not apply: closed, locked, removed, or else a stale version. */
function refuse(state: State, item: ViewerItem, phases: (WorkshopPhase | undefined)[] = []): never {
  explainRefusal(state, [item.phase, ...phases]);
  if (item.removed) throw removedError(item.id);
  throw conflictError("step", item);
}

/** Only keys of the stakeholderType vocabulary; each named in the 400 otherwise. */
async function checkStakeholderTypes(db: Database, types: string[]): Promise<string[]> {
  const unique = [...new Set(types)];
  if (unique.length === 0) return unique;
  const rows = await db.all<{ key: string }>(sql`SELECT key FROM terms
    WHERE scheme = 'stakeholderType' AND key IN (SELECT value FROM json_each(${JSON.stringify(unique)}))`);
  const known = new Set(rows.map((r) => r.key));
  const unknown = unique.filter((type) => !known.has(type));
  if (unknown.length === 0) return unique;
  const message = `unknown stakeholder type ${unknown.map((u) => `"${u}"`).join(", ")}`;
  throw new ApiError(400, "invalid_body", `Invalid body "stakeholderTypes": ${message}`, [
    { parameter: "stakeholderTypes", message },
  ]);
}

const insertTypes = (db: Database, itemId: string, writeId: string, types: string[]) =>
  db.run(sql`INSERT OR IGNORE INTO workshop_item_stakeholder_types (item_id, type)
    SELECT ${itemId}, value FROM json_each(${JSON.stringify(types)}) WHERE ${wrote(itemId, writeId)}`);

async function createItem(db: Database, viewer: Viewer, listId: string, input: s.ItemInput) {
  const id = viewer.workshopId;
  const types = await checkStakeholderTypes(db, input.stakeholderTypes);
  const itemId = createId();
  const writeId = createId();
  const [inserted, , , , state, current] = await commit(db, [
    db.run(sql`INSERT INTO workshop_items (id, workshop_id, list_id, position, title, description, phase,
        created_by, updated_by, write_id)
      SELECT ${itemId}, ${id}, l.id,
        (SELECT COALESCE(max(position), -1) + 1 FROM workshop_items WHERE list_id = l.id AND removed_at IS NULL),
        ${input.title}, ${input.description}, ${input.phase}, ${viewer.memberId}, ${viewer.memberId}, ${writeId}
      FROM workshop_lists l
      WHERE l.id = ${listId} AND l.workshop_id = ${id} AND l.removed_at IS NULL
        AND ${isOpen(id)} AND ${isUnlocked(id, sql`${input.phase}`)}`),
    insertTypes(db, itemId, writeId, types),
    revision(db, viewer, itemId, writeId, "created"),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    selectItem(db, id, itemId),
  ]);
  if (inserted.rowsAffected === 0) {
    explainRefusal(state, [input.phase]);
    throw notFound("list", listId);
  }
  return viewItem(current, viewer, itemId);
}

/** Edits a step if it is still at the version the edit was based on; 409 with the current step otherwise. */
async function updateItem(db: Database, viewer: Viewer, itemId: string, input: s.ItemInput & { version: number }) {
  const id = viewer.workshopId;
  const types = await checkStakeholderTypes(db, input.stakeholderTypes);
  const writeId = createId();
  const [updated, , , , , state, current] = await commit(db, [
    db.run(sql`UPDATE workshop_items SET title = ${input.title}, description = ${input.description},
        phase = ${input.phase}, version = version + 1, updated_by = ${viewer.memberId}, updated_at = ${nowSql},
        write_id = ${writeId}
      WHERE id = ${itemId} AND workshop_id = ${id} AND version = ${input.version} AND removed_at IS NULL
        AND ${inLiveList(t.workshopItems.listId)} AND ${isOpen(id)} AND ${isUnlocked(id, sql`workshop_items.phase`)} AND ${isUnlocked(id, sql`${input.phase}`)}`),
    db.run(sql`DELETE FROM workshop_item_stakeholder_types WHERE item_id = ${itemId} AND ${wrote(itemId, writeId)}`),
    insertTypes(db, itemId, writeId, types),
    revision(db, viewer, itemId, writeId, "edited"),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    selectItem(db, id, itemId),
  ]);
  const item = viewItem(current, viewer, itemId);
  if (updated.rowsAffected === 0) refuse(state, item, [input.phase]);
  return item;
}

/**
 * The facilitator removes a step (hidden from the list and its dots returned, kept with its
 * history) or brings a removed, not merged, one back at the end of its list.
 */
async function setRemoved(db: Database, viewer: Viewer, itemId: string, remove: boolean) {
  const id = viewer.workshopId;
  const writeId = createId();
  const change = remove
    ? sql`removed_at = ${nowSql}, removed_by = ${viewer.memberId}`
    : sql`removed_at = NULL, removed_by = NULL, merged_into = NULL, position = (SELECT COALESCE(max(o.position), -1) + 1
        FROM workshop_items o WHERE o.list_id = workshop_items.list_id AND o.removed_at IS NULL)`;
  const [changed, , , state, current] = await commit(db, [
    db.run(sql`UPDATE workshop_items SET ${change}, write_id = ${writeId}
      WHERE id = ${itemId} AND workshop_id = ${id} AND ${isOpen(id)}
        AND ${remove ? sql`removed_at IS NULL` : sql`removed_at IS NOT NULL AND merged_into IS NULL`}`),
    revision(db, viewer, itemId, writeId, remove ? "removed" : "restored"),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    selectItem(db, id, itemId),
  ]);
  const item = viewItem(current, viewer, itemId);
  if (changed.rowsAffected > 0) return item;
  explainRefusal(state);
  if (!remove && item.mergedInto) {
    // Its dots and evidence now count on the step it was merged into.
    throw new ApiError(409, "item_merged", `The step "${itemId}" was merged into "${item.mergedInto}".`);
  }
  return item;
}

/** A page of a step's changes, newest first; `next` continues with older ones. */
async function itemHistory(db: Database, viewer: Viewer, itemId: string, page: { before?: number; limit: number }) {
  await requireItem(db, viewer, itemId);
  const rows = await db.all<{ json: string }>(sql`SELECT json_object('id', r.id, 'version', r.version,
      'kind', r.kind, 'author', json_object('id', m.id, 'name', m.name), 'snapshot', json(r.snapshot),
      'detail', json(r.detail), 'createdAt', r.created_at) AS json
    FROM workshop_item_revisions r JOIN workshop_members m ON m.id = r.member_id
    WHERE r.item_id = ${itemId} ${page.before === undefined ? sql`` : sql`AND r.id < ${page.before}`}
    ORDER BY r.id DESC LIMIT ${page.limit + 1}`);
  const items = rows.slice(0, page.limit).map((row) => parseJson<s.Revision>(row.json));
  return { items, next: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
}

const step = { tags: s.tags, security: s.security } as const;

export const itemRoutes = featureApp()
  .openapi(
    createRoute({
      ...step,
      method: "post",
      path: "/workshops/{id}/lists/{listId}/items",
      summary: "Add a step at the end of a list",
      request: { params: s.listParams, ...jsonBody(s.itemBody) },
      responses: { 201: ok(s.item, "The step"), ...s.writeFailures },
    }),
    async (c) => {
      const { id, listId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await createItem(c.env.db, viewer, listId, c.req.valid("json")), 201);
    },
  )
  .openapi(
    createRoute({
      ...step,
      method: "patch",
      path: "/workshops/{id}/items/{itemId}",
      summary: "Edit a step, based on its version; 409 with the current step if someone changed it since",
      request: { params: s.itemParams, ...jsonBody(s.itemChangeBody) },
      responses: { 200: ok(s.item, "The step"), ...s.writeFailures },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await updateItem(c.env.db, viewer, itemId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      ...step,
      method: "delete",
      path: "/workshops/{id}/items/{itemId}",
      summary: "Remove a step (facilitator); kept with its history, its dots returned",
      request: { params: s.itemParams },
      responses: { 200: ok(s.item, "Removed"), ...s.facilitatorFailures },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticateFacilitator(c, id);
      return c.json(await setRemoved(c.env.db, viewer, itemId, true), 200);
    },
  )
  .openapi(
    createRoute({
      ...step,
      method: "post",
      path: "/workshops/{id}/items/{itemId}/restore",
      summary: "Bring a removed step back, at the end of its list (facilitator)",
      request: { params: s.itemParams, ...jsonBody(s.emptyBody) },
      responses: { 200: ok(s.item, "Restored"), ...s.facilitatorFailures },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticateFacilitator(c, id);
      return c.json(await setRemoved(c.env.db, viewer, itemId, false), 200);
    },
  )
  .openapi(
    createRoute({
      ...step,
      method: "get",
      path: "/workshops/{id}/items/{itemId}/history",
      summary: "Every change to a step, newest first, with who made it, a page at a time",
      request: { params: s.itemParams, query: s.historyQuery },
      responses: { 200: ok(s.history, "A page of the history"), ...s.failures(400, 404) },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await itemHistory(c.env.db, viewer, itemId, c.req.valid("query")), 200);
    },
  );
