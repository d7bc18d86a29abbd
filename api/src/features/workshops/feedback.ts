/**
 * Feedback rounds (training of trainers): on a webinar of the agenda that has begun, trainers and
 * peers tell the pair who designed it what worked and what to change. Its designers do not review
 * themselves. Every member reads all of it; it is exported with the workshop.
 */
import type { Database } from "@atlas/db/client";
import { userText } from "@atlas/db/text";
import { createRoute, z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody, ok } from "../../http/openapi.ts";
import { storedPlan, storedRun } from "./agenda-model.ts";
import { authenticate } from "./auth.ts";
import { insertEvent } from "./events.ts";
import { type FeedbackRecord, feedbackJson, feedbackRecord, first, parseJson, type Viewer } from "./records.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import { closedError, commit, isOpen } from "./write.ts";

/** The kinds of agenda item that are designed, and so reviewed. */
const reviewedKinds = ["webinar", "group-dynamic"];

export const feedbackBody = z
  .object({
    worked: userText({ max: 2000 }).default("").openapi({ description: "what worked" }),
    change: userText({ max: 2000 }).default("").openapi({ description: "what to change" }),
  })
  .refine((f) => f.worked !== "" || f.change !== "", {
    message: "say what worked, what to change, or both",
    path: ["worked"],
  })
  .openapi("NewFeedback");

const feedback = feedbackRecord.openapi("WorkshopFeedback");
const agendaItemParams = z.object({ id: s.workshopParams.shape.id, itemId: s.workshopParams.shape.id });

/** The workshop's feedback, oldest first (a statement for a batch, or awaited). */
export const selectFeedback = (db: Database, workshopId: string) =>
  db.all<{ json: string }>(sql`SELECT ${feedbackJson} AS json FROM workshop_feedback f
    WHERE f.workshop_id = ${workshopId} AND f.removed_at IS NULL ORDER BY f.rowid`);

export async function listFeedback(db: Database, workshopId: string): Promise<FeedbackRecord[]> {
  return (await selectFeedback(db, workshopId)).map((row) => parseJson<FeedbackRecord>(row.json));
}

/** The item is a designed item of the agenda, it has begun, and the member did not design it. */
const mayReview = (workshopId: string, itemId: string, memberId: string): SQL =>
  sql`EXISTS (SELECT 1 FROM workshops fw, json_each(fw.agenda, '$.items') fi WHERE fw.id = ${workshopId}
    AND json_extract(fi.value, '$.id') = ${itemId}
    AND json_extract(fi.value, '$.kind') IN (SELECT value FROM json_each(${JSON.stringify(reviewedKinds)}))
    AND EXISTS (SELECT 1 FROM json_each(fw.agenda_run, '$.items') fr WHERE fr.key = ${itemId})
    AND NOT EXISTS (SELECT 1 FROM json_each(fi.value, '$.designers') fd WHERE fd.value = ${memberId}))`;

async function addFeedback(db: Database, viewer: Viewer, itemId: string, input: z.infer<typeof feedbackBody>) {
  const id = viewer.workshopId;
  const feedbackId = createId();
  const writeId = createId();
  const [inserted, , rows, agenda] = await commit(db, [
    db.run(sql`INSERT INTO workshop_feedback (id, workshop_id, agenda_item_id, member_id, worked, change, write_id)
      SELECT ${feedbackId}, ${id}, ${itemId}, ${viewer.memberId}, ${input.worked}, ${input.change}, ${writeId}
      WHERE ${isOpen(id)} AND ${mayReview(id, itemId, viewer.memberId)}`),
    insertEvent(
      db,
      id,
      "feedback",
      sql`json_object('feedback', json(${feedbackJson}))`,
      sql`FROM workshop_feedback f WHERE f.id = ${feedbackId} AND f.write_id = ${writeId}`,
    ),
    db.all<{ json: string }>(sql`SELECT ${feedbackJson} AS json FROM workshop_feedback f WHERE f.id = ${feedbackId}`),
    db.all<{ status: string; agenda: string | null; run: string | null }>(
      sql`SELECT status, agenda, agenda_run AS run FROM workshops WHERE id = ${id}`,
    ),
  ]);
  const row = first(rows);
  if (inserted.rowsAffected > 0 && row) return parseJson<FeedbackRecord>(row.json);
  explainFeedbackRefusal(first(agenda), viewer, itemId);
}

function explainFeedbackRefusal(
  row: { status: string; agenda: string | null; run: string | null } | undefined,
  viewer: Viewer,
  itemId: string,
): never {
  if (!row || row.status === "closed") throw closedError();
  const plan = row.agenda === null ? null : storedPlan.parse(JSON.parse(row.agenda));
  const item = plan?.items.find((i) => i.id === itemId);
  if (!item) throw notFound("agenda item", itemId);
  if (!reviewedKinds.includes(item.kind)) {
    throw new ApiError(409, "not_reviewed", "Feedback is given on webinars and group dynamics, not on this item.");
  }
  if (item.designers.includes(viewer.memberId)) {
    throw new ApiError(403, "own_design", "You designed this webinar: the feedback comes from trainers and peers.");
  }
  const run = row.run === null ? null : storedRun.parse(JSON.parse(row.run));
  if (!run?.items[itemId]) throw new ApiError(409, "not_begun", "This webinar has not begun: feedback comes after it.");
  throw closedError();
}

export const feedbackRoutes = featureApp()
  .openapi(
    createRoute({
      method: "get",
      path: "/workshops/{id}/feedback",
      tags: s.tags,
      security: s.security,
      summary: "The feedback given on the agenda's webinars, oldest first",
      request: { params: s.workshopParams },
      responses: { 200: ok(z.object({ items: z.array(feedback) }), "The feedback"), ...s.failures(400, 404) },
    }),
    async (c) => {
      const viewer = await authenticate(c, c.req.valid("param").id);
      return c.json({ items: await listFeedback(c.env.db, viewer.workshopId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/{id}/agenda/items/{itemId}/feedback",
      tags: s.tags,
      security: s.security,
      summary: "Give feedback on a webinar of the agenda that has begun (not on one you designed)",
      request: { params: agendaItemParams, ...jsonBody(feedbackBody) },
      responses: { 201: ok(feedback, "The feedback"), ...s.failures(400, 403, 404, 409, 413, 415) },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid("param");
      const viewer = await authenticate(c, id);
      return c.json(await addFeedback(c.env.db, viewer, itemId, c.req.valid("json")), 201);
    },
  );
