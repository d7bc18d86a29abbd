/**
 * Cases linked to a step as evidence, saying why. Linking does not rewrite the step's words, so it
 * needs no version; it is still one atomic batch with its revision and feed event.
 */
import type { Database } from "@atlas/db/client";
import { nowSql } from "@atlas/db/sql";
import { createRoute } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { authenticate } from "./auth.ts";
import { itemEvent } from "./events.ts";
import { selectItem, type Viewer, viewItem } from "./records.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import { commit, explainRefusal, isEditable, readState, revision } from "./write.ts";

/** Attributes the change to the step (not its version), if the evidence row carries this write id. */
const touchItem = (db: Database, viewer: Viewer, itemId: string, writeId: string) =>
  db.run(sql`UPDATE workshop_items SET updated_by = ${viewer.memberId}, updated_at = ${nowSql}, write_id = ${writeId}
    WHERE id = ${itemId} AND EXISTS (SELECT 1 FROM workshop_item_cases e WHERE e.write_id = ${writeId})`);

const evidenceDetail = (writeId: string): SQL =>
  sql`(SELECT json_object('caseId', e.case_id, 'caseTitle', e.case_title, 'why', e.why)
    FROM workshop_item_cases e WHERE e.write_id = ${writeId})`;

async function addEvidence(db: Database, viewer: Viewer, itemId: string, caseId: string, why: string) {
  const id = viewer.workshopId;
  const writeId = createId();
  const [inserted, , , , state, current, found] = await commit(db, [
    db.run(sql`INSERT INTO workshop_item_cases (item_id, case_id, case_title, case_country, case_city, why,
        added_by, write_id)
      SELECT i.id, c.id, c.title, c.country, c.city, ${why}, ${viewer.memberId}, ${writeId}
      FROM workshop_items i JOIN cases c ON c.id = ${caseId}
      WHERE ${isEditable(id, itemId)}
      ON CONFLICT(item_id, case_id) DO UPDATE SET removed_at = NULL, removed_by = NULL, why = excluded.why,
        added_by = excluded.added_by, added_at = ${nowSql}, write_id = excluded.write_id
        WHERE workshop_item_cases.removed_at IS NOT NULL`),
    touchItem(db, viewer, itemId, writeId),
    revision(db, viewer, itemId, writeId, "evidence-added", evidenceDetail(writeId)),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    selectItem(db, id, itemId),
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
async function removeEvidence(db: Database, viewer: Viewer, itemId: string, evidenceId: number) {
  const id = viewer.workshopId;
  const writeId = createId();
  const [removed, , , , state, current] = await commit(db, [
    db.run(sql`UPDATE workshop_item_cases SET removed_at = ${nowSql}, removed_by = ${viewer.memberId},
        write_id = ${writeId}
      WHERE id = ${evidenceId} AND item_id = ${itemId} AND removed_at IS NULL
        AND EXISTS (SELECT 1 FROM workshop_items i WHERE ${isEditable(id, itemId)})`),
    touchItem(db, viewer, itemId, writeId),
    revision(db, viewer, itemId, writeId, "evidence-removed", evidenceDetail(writeId)),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    selectItem(db, id, itemId),
  ]);
  const item = viewItem(current, viewer, itemId);
  if (removed.rowsAffected > 0) return item;
  explainRefusal(state, [item.phase]);
  throw notFound("evidence", String(evidenceId));
}

export const evidenceRoutes = featureApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/{id}/items/{itemId}/evidence",
      tags: s.tags,
      security: s.security,
      summary: "Link a case to a step as evidence, saying why",
      request: { params: s.itemParams, ...jsonBody(s.evidenceBody) },
      responses: { 200: ok(s.item, "The step with its evidence"), ...s.writeFailures },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      const { caseId, why } = c.req.valid("json");
      return c.json(await addEvidence(c.env.db, viewer, itemId, caseId, why), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/workshops/{id}/items/{itemId}/evidence/{evidenceId}",
      tags: s.tags,
      security: s.security,
      summary: "Unlink a case from a step",
      request: { params: s.evidenceParams },
      responses: { 200: ok(s.item, "The step"), ...s.writeFailures },
    }),
    async (c) => {
      const { id, itemId, evidenceId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await removeEvidence(c.env.db, viewer, itemId, evidenceId), 200);
    },
  );
