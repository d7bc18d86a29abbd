/** Recommendation lists: adding, reading (with their steps), renaming, removing and exporting one. */
import type { Database } from "@atlas/db/client";
import { nowSql } from "@atlas/db/sql";
import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { attachment } from "../../http/download.ts";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { authenticate, authenticateFacilitator } from "./auth.ts";
import { feedPositionSql, listEvent } from "./events.ts";
import { fileName, toCsv, toMarkdown } from "./export.ts";
import {
  first,
  type ItemRecord,
  itemJson,
  type ListRecord,
  listJson,
  parseJson,
  toList,
  toViewerItem,
  type Viewer,
} from "./records.ts";
import { buildReport } from "./report.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import { closedError, commit, conflictError, explainRefusal, isOpen, readState } from "./write.ts";

type JsonRow = { json: string };

const selectList = (db: Database, workshopId: string, listId: string) =>
  db.all<JsonRow>(
    sql`SELECT ${listJson} AS json FROM workshop_lists l WHERE l.id = ${listId} AND l.workshop_id = ${workshopId}`,
  );

async function createList(db: Database, viewer: Viewer, title: string) {
  const id = viewer.workshopId;
  const listId = createId();
  const writeId = createId();
  const [inserted, , state, rows] = await commit(db, [
    db.run(sql`INSERT INTO workshop_lists (id, workshop_id, title, position, created_by, updated_by, write_id)
      SELECT ${listId}, ${id}, ${title},
        (SELECT COALESCE(max(position), -1) + 1 FROM workshop_lists WHERE workshop_id = ${id}),
        ${viewer.memberId}, ${viewer.memberId}, ${writeId}
      WHERE ${isOpen(id)}`),
    listEvent(db, id, listId, writeId),
    readState(db, id),
    selectList(db, id, listId),
  ]);
  const current = first(rows);
  if (inserted.rowsAffected === 0 || !current) {
    explainRefusal(state);
    throw closedError();
  }
  return toList(parseJson<ListRecord>(current.json));
}

/** A list with its live steps in order, and the feed position they were read at (one transaction). */
async function getList(db: Database, viewer: Viewer, listId: string) {
  const id = viewer.workshopId;
  const [list, items, latest] = await db.batch([
    db.all<JsonRow>(sql`SELECT ${listJson} AS json FROM workshop_lists l
      WHERE l.id = ${listId} AND l.workshop_id = ${id} AND l.removed_at IS NULL`),
    db.all<JsonRow>(sql`SELECT ${itemJson} AS json FROM workshop_items i
      WHERE i.list_id = ${listId} AND i.workshop_id = ${id} AND i.removed_at IS NULL ORDER BY i.position, i.id`),
    db.get<{ latest: number }>(feedPositionSql(id)),
  ]);
  const found = first(list);
  if (!found) throw notFound("list", listId);
  return {
    list: toList(parseJson<ListRecord>(found.json)),
    items: items.map((row) => toViewerItem(parseJson<ItemRecord>(row.json), viewer)),
    eventId: Number(latest?.latest ?? 0),
  };
}

async function renameList(db: Database, viewer: Viewer, listId: string, title: string, version: number) {
  const id = viewer.workshopId;
  const writeId = createId();
  const [updated, , state, rows] = await commit(db, [
    db.run(sql`UPDATE workshop_lists SET title = ${title}, version = version + 1, updated_by = ${viewer.memberId},
        updated_at = ${nowSql}, write_id = ${writeId}
      WHERE id = ${listId} AND workshop_id = ${id} AND version = ${version} AND removed_at IS NULL AND ${isOpen(id)}`),
    listEvent(db, id, listId, writeId),
    readState(db, id),
    selectList(db, id, listId),
  ]);
  const current = first(rows);
  const list = current ? toList(parseJson<ListRecord>(current.json)) : undefined;
  if (!list || list.removed) throw notFound("list", listId);
  if (updated.rowsAffected === 0) {
    explainRefusal(state);
    throw conflictError("list", list);
  }
  return list;
}

/** The facilitator removes a list; its steps stay in the database with their history. */
async function removeList(db: Database, viewer: Viewer, listId: string) {
  const id = viewer.workshopId;
  const writeId = createId();
  const [updated, , state, rows] = await commit(db, [
    db.run(sql`UPDATE workshop_lists SET removed_at = ${nowSql},
        removed_by = ${viewer.memberId}, write_id = ${writeId}
      WHERE id = ${listId} AND workshop_id = ${id} AND removed_at IS NULL AND ${isOpen(id)}`),
    listEvent(db, id, listId, writeId),
    readState(db, id),
    selectList(db, id, listId),
  ]);
  const current = first(rows);
  const list = current ? toList(parseJson<ListRecord>(current.json)) : undefined;
  if (!list || (list.removed && updated.rowsAffected === 0)) throw notFound("list", listId);
  if (updated.rowsAffected === 0) explainRefusal(state);
  return list;
}

export const listRoutes = featureApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/{id}/lists",
      tags: s.tags,
      security: s.security,
      summary: "Add a recommendation list",
      request: { params: s.workshopParams, ...jsonBody(s.listBody) },
      responses: { 201: ok(s.listSummary, "The list"), ...s.writeFailures },
    }),
    async (c) => {
      const viewer = await authenticate(c, c.req.valid("param").id);
      return c.json(await createList(c.env.db, viewer, c.req.valid("json").title), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/workshops/{id}/lists/{listId}",
      tags: s.tags,
      security: s.security,
      summary: "A list with its steps in order",
      request: { params: s.listParams },
      responses: { 200: ok(s.listDetail, "The list"), ...s.failures(400, 404) },
    }),
    async (c) => {
      const { id, listId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await getList(c.env.db, viewer, listId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/workshops/{id}/lists/{listId}",
      tags: s.tags,
      security: s.security,
      summary: "Rename a list, based on a version",
      request: { params: s.listParams, ...jsonBody(s.listChangeBody) },
      responses: { 200: ok(s.listSummary, "The list"), ...s.writeFailures },
    }),
    async (c) => {
      const { id, listId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      const { title, version } = c.req.valid("json");
      return c.json(await renameList(c.env.db, viewer, listId, title, version), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/workshops/{id}/lists/{listId}",
      tags: s.tags,
      security: s.security,
      summary: "Remove a list (facilitator); its steps are kept in the database",
      request: { params: s.listParams },
      responses: { 200: ok(s.listSummary, "Removed"), ...s.facilitatorFailures },
    }),
    async (c) => {
      const { id, listId } = c.req.valid("param");
      const viewer = await authenticateFacilitator(c, id);
      return c.json(await removeList(c.env.db, viewer, listId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/workshops/{id}/lists/{listId}/export",
      tags: s.tags,
      security: s.security,
      summary: "The list with evidence, places, sources and votes, as JSON (for the print page), Markdown or CSV",
      request: { params: s.listParams, query: s.exportQuery },
      responses: {
        200: {
          description: "The report",
          content: {
            "application/json": { schema: s.report },
            "text/markdown": { schema: z.string() },
            "text/csv": { schema: z.string() },
          },
        },
        ...s.failures(400, 404),
      },
    }),
    async (c) => {
      const { id, listId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      const report = await buildReport(c.env.db, viewer, listId);
      const format = c.req.valid("query").format;
      if (format === "json") return c.json(report, 200);
      if (format === "csv") {
        c.header("content-disposition", attachment(fileName(report.list.title, "csv")));
        return c.body(toCsv(report), 200, { "content-type": "text/csv; charset=utf-8" });
      }
      const origin = new URL(c.req.url).origin;
      c.header("content-disposition", attachment(fileName(report.list.title, "md")));
      const markdown = toMarkdown(report, (caseId) => `${origin}/cases/${encodeURIComponent(caseId)}`);
      return c.body(markdown, 200, { "content-type": "text/markdown; charset=utf-8" });
    },
  );
