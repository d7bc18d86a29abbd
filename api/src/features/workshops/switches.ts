/**
 * The facilitator's switches: closing and reopening the workshop, locking phases, the timer. Each
 * is applied unless the workshop is closed, announced only if something changed, and idempotent,
 * so pressing twice is harmless.
 */
import type { Database } from "@atlas/db/client";
import type { WorkshopPhase } from "@atlas/db/schema";
import { nowSql } from "@atlas/db/sql";
import { type SQL, sql } from "drizzle-orm";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody } from "../../http/openapi.ts";
import { authenticateFacilitator } from "./auth.ts";
import type { Viewer } from "./records.ts";
import * as s from "./schema.ts";
import { closedError, isOpen, writeSettings } from "./write.ts";

async function switchSetting(db: Database, viewer: Viewer, change: SQL, whenClosed: "refuse" | "accept" = "refuse") {
  const { settings } = await writeSettings(db, viewer.workshopId, change);
  if (settings.status === "closed" && whenClosed === "refuse") throw closedError();
  return settings;
}

const close = (id: string) =>
  sql`UPDATE workshops SET status = 'closed', timer_ends_at = NULL, updated_at = ${nowSql}
    WHERE id = ${id} AND status = 'open'`;

/** Members can change it again and the join code works again. */
const reopen = (id: string) =>
  sql`UPDATE workshops SET status = 'open', updated_at = ${nowSql}
    WHERE id = ${id} AND status = 'closed'`;

const lock = (viewer: Viewer, phase: WorkshopPhase) =>
  sql`INSERT INTO workshop_phase_locks (workshop_id, phase, locked_by)
    SELECT ${viewer.workshopId}, ${phase}, ${viewer.memberId} WHERE ${isOpen(viewer.workshopId)}
    ON CONFLICT DO NOTHING`;

const unlock = (id: string, phase: WorkshopPhase) =>
  sql`DELETE FROM workshop_phase_locks WHERE workshop_id = ${id} AND phase = ${phase} AND ${isOpen(id)}`;

const setTimer = (id: string, seconds: number, label: string) =>
  sql`UPDATE workshops SET timer_ends_at = ${Date.now() + seconds * 1000}, timer_label = ${label}
    WHERE id = ${id} AND status = 'open'`;

const clearTimer = (id: string) =>
  sql`UPDATE workshops SET timer_ends_at = NULL, timer_label = NULL
    WHERE id = ${id} AND timer_ends_at IS NOT NULL AND status = 'open'`;

export const switchRoutes = featureApp()
  .openapi(
    s.settingsRoute({
      method: "post",
      path: "/workshops/{id}/close",
      summary: "Close the workshop (facilitator): it stays readable and exportable by its members",
      request: { params: s.workshopParams, ...jsonBody(s.emptyBody) },
      answer: "Closed",
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      return c.json(await switchSetting(c.env.db, viewer, close(viewer.workshopId), "accept"), 200);
    },
  )
  .openapi(
    s.settingsRoute({
      method: "post",
      path: "/workshops/{id}/reopen",
      summary: "Reopen a closed workshop (facilitator): members can change it again and the join code works",
      request: { params: s.workshopParams, ...jsonBody(s.emptyBody) },
      answer: "Open",
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      return c.json(await switchSetting(c.env.db, viewer, reopen(viewer.workshopId)), 200);
    },
  )
  .openapi(
    s.settingsRoute({
      method: "put",
      path: "/workshops/{id}/locks/{phase}",
      summary: "End a phase (facilitator): its steps can no longer change and their votes are shown",
      request: { params: s.phaseParams, ...jsonBody(s.emptyBody) },
      answer: "Locked",
    }),
    async (c) => {
      const { id, phase } = c.req.valid("param");
      const viewer = await authenticateFacilitator(c, id);
      return c.json(await switchSetting(c.env.db, viewer, lock(viewer, phase)), 200);
    },
  )
  .openapi(
    s.settingsRoute({
      method: "delete",
      path: "/workshops/{id}/locks/{phase}",
      summary: "Reopen a phase (facilitator)",
      request: { params: s.phaseParams },
      answer: "Reopened",
    }),
    async (c) => {
      const { id, phase } = c.req.valid("param");
      const viewer = await authenticateFacilitator(c, id);
      return c.json(await switchSetting(c.env.db, viewer, unlock(id, phase)), 200);
    },
  )
  .openapi(
    s.settingsRoute({
      method: "put",
      path: "/workshops/{id}/timer",
      summary: "Start a timer everyone sees (facilitator)",
      request: { params: s.workshopParams, ...jsonBody(s.timerBody) },
      answer: "The timer runs",
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      const { seconds, label } = c.req.valid("json");
      return c.json(await switchSetting(c.env.db, viewer, setTimer(viewer.workshopId, seconds, label)), 200);
    },
  )
  .openapi(
    s.settingsRoute({
      method: "delete",
      path: "/workshops/{id}/timer",
      summary: "Stop the timer (facilitator)",
      request: { params: s.workshopParams },
      answer: "No timer",
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      return c.json(await switchSetting(c.env.db, viewer, clearTimer(viewer.workshopId)), 200);
    },
  );
