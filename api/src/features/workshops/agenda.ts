/**
 * The session's agenda (facilitator): the plan, saved whole against its version (add, remove,
 * rename, retime, reorder, start and time zone are all one save), a template of the programme, and
 * the run: advance, go back, extend. Every change is one guarded UPDATE of the workshop row with its
 * `workshop` event in the same batch, so members see it live with the rest of the settings.
 */
import type { Database } from "@atlas/db/client";
import { nowSql } from "@atlas/db/sql";
import { sql } from "drizzle-orm";
import { ApiError } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonBody } from "../../http/openapi.ts";
import {
  type AgendaItem,
  type AgendaPlan,
  type AgendaRun,
  fromTemplate,
  moveRun,
  notStarted,
  type RunMove,
  storedPlan,
  storedRun,
} from "./agenda-model.ts";
import { authenticateFacilitator, workshopNotFound } from "./auth.ts";
import { first, selectSettings, type Viewer } from "./records.ts";
import * as s from "./schema.ts";
import { createId } from "./secrets.ts";
import { closedError, conflictError, settingsOf, writeSettings } from "./write.ts";

interface AgendaRow {
  status: "open" | "closed";
  agenda: string | null;
  agendaVersion: number;
  agendaRun: string | null;
  timerEndsAt: number | null;
}

async function readAgenda(db: Database, workshopId: string) {
  const rows = await db.all<AgendaRow>(sql`SELECT status, agenda, agenda_version AS agendaVersion,
    agenda_run AS agendaRun, timer_ends_at AS timerEndsAt FROM workshops WHERE id = ${workshopId}`);
  const row = first(rows);
  if (!row) throw workshopNotFound(workshopId);
  if (row.status === "closed") throw closedError();
  const plan: AgendaPlan | null = row.agenda === null ? null : storedPlan.parse(JSON.parse(row.agenda));
  const run: AgendaRun = row.agendaRun === null ? notStarted : storedRun.parse(JSON.parse(row.agendaRun));
  return { row, plan, run };
}

const invalid = (parameter: string, message: string) =>
  new ApiError(400, "invalid_body", `Invalid body "${parameter}": ${message}`, [{ parameter, message }]);

/** The items with ids: known ids kept, new items given one; 400 for a repeated or unknown id. */
function withIds(items: s.AgendaInput["items"], known: AgendaPlan | null): AgendaItem[] {
  const knownIds = new Set(known?.items.map((item) => item.id));
  const seen = new Set<string>();
  return items.map((item, index) => {
    if (item.id !== undefined && !knownIds.has(item.id)) {
      throw invalid("items", `item ${index + 1} names "${item.id}", which is not an item of this agenda`);
    }
    if (item.id !== undefined && seen.has(item.id)) throw invalid("items", `item "${item.id}" appears twice`);
    const id = item.id ?? createId();
    seen.add(id);
    return { ...item, id };
  });
}

/** 400 unless every designer is a current member of the workshop. */
async function checkDesigners(db: Database, workshopId: string, items: AgendaItem[]) {
  const named = [...new Set(items.flatMap((item) => item.designers))];
  if (named.length === 0) return;
  const rows = await db.all<{ id: string }>(sql`SELECT id FROM workshop_members
    WHERE workshop_id = ${workshopId} AND removed_at IS NULL AND id IN (SELECT value FROM json_each(${JSON.stringify(named)}))`);
  const members = new Set(rows.map((r) => r.id));
  const unknown = named.filter((id) => !members.has(id));
  if (unknown.length > 0) throw invalid("items", `no member with id ${unknown.map((u) => `"${u}"`).join(", ")}`);
}

const startedError = () =>
  new ApiError(409, "agenda_item_started", "An item that has begun stays in the agenda: rename or retime it instead.");

/**
 * Saves the whole plan if the agenda is still at the version it was based on. Items that have
 * begun cannot be removed (the agenda as run keeps them); the UPDATE checks it against the run as
 * it is at the write.
 */
async function savePlan(db: Database, viewer: Viewer, input: s.AgendaInput) {
  const id = viewer.workshopId;
  const { row, plan, run } = await readAgenda(db, id);
  if (row.agendaVersion !== input.version) throw conflictError("agenda", { agenda: await currentAgenda(db, id) });
  const items = withIds(input.items, plan);
  await checkDesigners(db, id, items);
  const next: AgendaPlan = { startsAt: input.startsAt, timeZone: input.timeZone, items };
  return replacePlan(db, id, row, next, input.version, Object.keys(run.items));
}

async function replacePlan(
  db: Database,
  id: string,
  row: AgendaRow,
  next: AgendaPlan,
  version: number,
  started: string[],
) {
  const kept = new Set(next.items.map((item) => item.id));
  if (row.agendaVersion === version && started.some((itemId) => !kept.has(itemId))) throw startedError();
  const writeId = createId();
  const json = JSON.stringify(next);
  const { applied, settings } = await writeSettings(
    db,
    id,
    sql`UPDATE workshops SET agenda = ${json}, agenda_version = agenda_version + 1, write_id = ${writeId},
      updated_at = ${nowSql}
    WHERE id = ${id} AND agenda_version = ${version} AND status = 'open'
      AND NOT EXISTS (SELECT 1 FROM json_each(agenda_run, '$.items') r
        WHERE r.key NOT IN (SELECT json_extract(value, '$.id') FROM json_each(${json}, '$.items')))`,
    writeId,
  );
  if (applied) return settings;
  if (settings.status === "closed") throw closedError();
  if (settings.agenda && settings.agenda.version === version) throw startedError();
  throw conflictError("agenda", { agenda: settings.agenda });
}

/** Replaces the plan by one of the programme's templates, keeping the start and time zone; only before the run. */
async function applyTemplate(db: Database, viewer: Viewer, input: s.AgendaTemplateInput) {
  const id = viewer.workshopId;
  const { row, plan, run } = await readAgenda(db, id);
  const items = fromTemplate(input.template, createId);
  const next: AgendaPlan = { startsAt: plan?.startsAt ?? null, timeZone: plan?.timeZone ?? "Europe/Paris", items };
  return replacePlan(db, id, row, next, input.version, Object.keys(run.items));
}

/** Each refused move's error, its code written out so that every code the API sends can be found in its source. */
const refusals = {
  finished: () => new ApiError(409, "agenda_finished", "The agenda has ended: go back to reopen its last item."),
  "at-start": () =>
    new ApiError(409, "agenda_at_start", "This is the agenda's first item: there is nothing before it."),
  "not-running": () => new ApiError(409, "agenda_not_running", "No item is running: start the agenda first."),
};

/**
 * Moves the run from the item the facilitator saw as current (`from`; null before the start or
 * after the end), so a repeated press moves once. The UPDATE applies only if the run, the plan and
 * the countdown are still those the move was computed from.
 */
async function moveAgenda(db: Database, viewer: Viewer, from: string | null, move: RunMove) {
  const id = viewer.workshopId;
  const { row, plan, run } = await readAgenda(db, id);
  if (!plan) throw new ApiError(409, "no_agenda", "This workshop has no agenda yet.");
  if (run.currentItemId !== from) throw conflictError("agenda", { agenda: await currentAgenda(db, id) });
  const now = Date.now();
  const result = moveRun(plan, run, row.timerEndsAt, move, now);
  if ("refused" in result) throw refusals[result.refused]();
  const label = plan.items.find((item) => item.id === result.run.currentItemId)?.title ?? null;
  const writeId = createId();
  const { applied, settings } = await writeSettings(
    db,
    id,
    sql`UPDATE workshops SET agenda_run = ${JSON.stringify(result.run)}, timer_ends_at = ${result.timerEndsAt},
      timer_label = ${result.timerEndsAt === null ? null : label}, write_id = ${writeId}, updated_at = ${nowSql}
    WHERE id = ${id} AND status = 'open' AND agenda_version = ${row.agendaVersion}
      AND agenda_run IS ${row.agendaRun} AND timer_ends_at IS ${row.timerEndsAt}`,
    writeId,
  );
  if (applied) return settings;
  if (settings.status === "closed") throw closedError();
  throw conflictError("agenda", { agenda: settings.agenda });
}

/** The agenda as it is now, for a 409. */
async function currentAgenda(db: Database, workshopId: string) {
  return settingsOf(await selectSettings(db, workshopId), workshopId).agenda;
}

/** A move of the run from the item the facilitator saw as current (`from`). */
const moveRoute = <const P extends string>(path: P, summary: string, answer: string) =>
  s.settingsRoute({
    method: "post",
    path,
    summary,
    request: { params: s.workshopParams, ...jsonBody(s.agendaMoveBody) },
    answer,
  });

export const agendaRoutes = featureApp()
  .openapi(
    s.settingsRoute({
      method: "put",
      path: "/workshops/{id}/agenda",
      summary: "Save the agenda (facilitator): its start, time zone and items in order, based on its version",
      request: { params: s.workshopParams, ...jsonBody(s.agendaBody) },
      answer: "The workshop with its new agenda",
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      return c.json(await savePlan(c.env.db, viewer, c.req.valid("json")), 200);
    },
  )
  .openapi(
    s.settingsRoute({
      method: "post",
      path: "/workshops/{id}/agenda/template",
      summary: "Replace the agenda's items by a template of the programme (facilitator), before it has begun",
      request: { params: s.workshopParams, ...jsonBody(s.agendaTemplateBody) },
      answer: "The workshop with the template's agenda",
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      return c.json(await applyTemplate(c.env.db, viewer, c.req.valid("json")), 200);
    },
  )
  .openapi(
    moveRoute(
      "/workshops/{id}/agenda/advance",
      "Begin the next item, or the first (facilitator); after the last, the agenda ends",
      "The workshop with its agenda moved on",
    ),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      const { from } = c.req.valid("json");
      return c.json(await moveAgenda(c.env.db, viewer, from, { type: "advance" }), 200);
    },
  )
  .openapi(
    moveRoute(
      "/workshops/{id}/agenda/back",
      "Go back to the previous item (facilitator); it goes on with the time it had left",
      "The workshop with its agenda moved back",
    ),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      const { from } = c.req.valid("json");
      return c.json(await moveAgenda(c.env.db, viewer, from, { type: "back" }), 200);
    },
  )
  .openapi(
    s.settingsRoute({
      method: "post",
      path: "/workshops/{id}/agenda/extend",
      summary: "Give the current item more minutes (facilitator)",
      request: { params: s.workshopParams, ...jsonBody(s.agendaExtendBody) },
      answer: "The workshop with the current item extended",
    }),
    async (c) => {
      const viewer = await authenticateFacilitator(c, c.req.valid("param").id);
      const { from, minutes } = c.req.valid("json");
      return c.json(await moveAgenda(c.env.db, viewer, from, { type: "extend", minutes }), 200);
    },
  );
