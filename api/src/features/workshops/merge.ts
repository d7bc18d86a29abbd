/**
 * The facilitator merges a source step into a target: the target takes the given words (both
 * versions checked), the source's evidence, responsible types, dots and comments; the source is
 * removed, pointing at the target, and both keep their history.
 */
import type { Database } from "@atlas/db/client";
import * as t from "@atlas/db/schema";
import { nowSql } from "@atlas/db/sql";
import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { ApiError } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { authenticateFacilitator } from "./auth.ts";
import { itemEvent } from "./events.ts";
import { inLiveList, selectItem, type Viewer, viewItem } from "./records.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import { commit, explainRefusal, isOpen, isUnlocked, readState, removedError, revision, wrote } from "./write.ts";

async function mergeItems(db: Database, viewer: Viewer, targetId: string, input: s.MergeInput) {
  const id = viewer.workshopId;
  const { sourceId } = input;
  if (sourceId === targetId) throw new ApiError(400, "invalid_body", "A step cannot be merged into itself.");
  const writeId = createId();
  const applied = wrote(targetId, writeId);
  const [merged, , , , , , , , , , state, target, source] = await commit(db, [
    db.run(sql`UPDATE workshop_items SET title = ${input.title}, description = ${input.description},
        version = version + 1, updated_by = ${viewer.memberId}, updated_at = ${nowSql}, write_id = ${writeId}
      WHERE id = ${targetId} AND workshop_id = ${id} AND version = ${input.version} AND removed_at IS NULL
        AND ${inLiveList(t.workshopItems.listId)} AND ${isOpen(id)} AND ${isUnlocked(id, sql`workshop_items.phase`)}
        AND EXISTS (SELECT 1 FROM workshop_items s WHERE s.id = ${sourceId} AND s.workshop_id = ${id}
          AND s.version = ${input.sourceVersion} AND s.removed_at IS NULL AND ${inLiveList(sql`s.list_id`)}
          AND ${isUnlocked(id, sql`s.phase`)})`),
    db.run(sql`UPDATE workshop_items SET removed_at = ${nowSql}, removed_by = ${viewer.memberId},
        merged_into = ${targetId}, version = version + 1, updated_by = ${viewer.memberId}, updated_at = ${nowSql},
        write_id = ${writeId}
      WHERE id = ${sourceId} AND ${applied}`),
    db.run(sql`INSERT INTO workshop_item_cases (item_id, case_id, case_title, case_country, case_city, why,
        added_by, added_at)
      SELECT ${targetId}, case_id, case_title, case_country, case_city, why, added_by, added_at
      FROM workshop_item_cases WHERE item_id = ${sourceId} AND removed_at IS NULL AND ${applied}
      ON CONFLICT(item_id, case_id) DO UPDATE SET removed_at = NULL, removed_by = NULL, why = excluded.why
        WHERE workshop_item_cases.removed_at IS NOT NULL`),
    db.run(sql`INSERT OR IGNORE INTO workshop_item_stakeholder_types (item_id, type)
      SELECT ${targetId}, type FROM workshop_item_stakeholder_types WHERE item_id = ${sourceId} AND ${applied}`),
    db.run(sql`INSERT INTO workshop_votes (item_id, member_id, workshop_id, dots)
      SELECT ${targetId}, member_id, workshop_id, dots FROM workshop_votes WHERE item_id = ${sourceId} AND dots > 0
        AND ${applied}
      ON CONFLICT(item_id, member_id) DO UPDATE SET dots = dots + excluded.dots`),
    db.run(sql`UPDATE workshop_comments SET item_id = ${targetId} WHERE item_id = ${sourceId} AND ${applied}`),
    revision(
      db,
      viewer,
      targetId,
      writeId,
      "merged",
      sql`json_object('sourceId', ${sourceId}, 'sourceTitle', (SELECT title FROM workshop_items WHERE id = ${sourceId}))`,
    ),
    revision(db, viewer, sourceId, writeId, "merged-into", sql`json_object('targetId', ${targetId})`),
    itemEvent(db, id, targetId, writeId),
    itemEvent(db, id, sourceId, writeId),
    readState(db, id),
    selectItem(db, id, targetId),
    selectItem(db, id, sourceId),
  ]);
  const targetItem = viewItem(target, viewer, targetId);
  const sourceItem = viewItem(source, viewer, sourceId);
  if (merged.rowsAffected > 0) return { target: targetItem, source: sourceItem };
  explainRefusal(state, [targetItem.phase, sourceItem.phase]);
  if (targetItem.removed) throw removedError(targetId);
  if (sourceItem.removed) throw removedError(sourceId);
  throw new ApiError(409, "version_conflict", "One of these steps was changed since you loaded it.", [
    { current: targetItem },
    { current: sourceItem },
  ]);
}

export const mergeRoutes = featureApp().openapi(
  createRoute({
    method: "post",
    path: "/workshops/{id}/items/{itemId}/merge",
    tags: s.tags,
    security: s.security,
    summary: "Merge another step into this one (facilitator), based on both versions",
    request: { params: s.itemParams, ...jsonBody(s.mergeBody) },
    responses: {
      200: ok(z.object({ target: s.item, source: s.item }), "The merged step and the removed one"),
      ...s.facilitatorFailures,
    },
  }),
  async (c) => {
    const { id, itemId } = c.req.valid("param");
    const viewer = await authenticateFacilitator(c, id);
    return c.json(await mergeItems(c.env.db, viewer, itemId, c.req.valid("json")), 200);
  },
);
