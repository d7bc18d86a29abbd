/**
 * One representation of each workshop record: its shape (zod, derived from the drizzle table) and
 * its projection as JSON in SQL. Reads select the projection, and every write stores it in the
 * change feed inside the same batch, so what a client fetches and what it is sent live are the same
 * shape, taken from the same transaction. records.test.ts parses every projection against its shape.
 * What a member may see (vote totals while votes are hidden, their own dots) is applied afterwards,
 * per viewer, by the pure functions below.
 */
import type { Database } from "@atlas/db/client";
import * as t from "@atlas/db/schema";
import { type MemberRole, workshopPhases } from "@atlas/db/schema";
import { tableAs } from "@atlas/db/sql";
import { z } from "@hono/zod-openapi";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { createSchemaFactory } from "drizzle-zod";
import { notFound } from "../../http/errors.ts";
import { storedPlan, storedRun, toAgendaView } from "./agenda-model.ts";
import { listLockedSql } from "./agenda-sql.ts";

/** The aliases the projections are written for: a statement selects FROM `${items}` to use itemJson. */
export const i = alias(t.workshopItems, "i");
export const items = tableAs(t.workshopItems, i);
export const w = alias(t.workshops, "w");
export const workshopsAs = tableAs(t.workshops, w);
export const l = alias(t.workshopLists, "l");
export const lists = tableAs(t.workshopLists, l);
export const cm = alias(t.workshopComments, "cm");
export const comments = tableAs(t.workshopComments, cm);
export const m = alias(t.workshopMembers, "m");
export const members = tableAs(t.workshopMembers, m);

const pm = alias(t.workshopMembers, "pm");
const st = alias(t.workshopItemStakeholderTypes, "st");
const ev = alias(t.workshopItemCases, "ev");
const c = alias(t.cases, "c");
const v = alias(t.workshopVotes, "v");
const pl = alias(t.workshopPhaseLocks, "pl");
const ll = alias(t.workshopLists, "ll");
const ic = alias(t.workshopItems, "ic");
const kc = alias(t.workshopComments, "kc");

/** A member as seen in a record: id and display name. */
const person = (column: SQLWrapper) =>
  sql`json_object('id', ${column}, 'name', (SELECT ${pm.name} FROM ${tableAs(t.workshopMembers, pm)} WHERE ${pm.id} = ${column}))`;

/** Whether the votes on step `i` are hidden: hidden in the workshop, its phase not ended (locked), the agenda not at its close. */
export const votesHidden = sql`((SELECT ${w.votesHidden} FROM ${workshopsAs} WHERE ${w.id} = ${i.workshopId})
    AND NOT EXISTS (SELECT 1 FROM ${tableAs(t.workshopPhaseLocks, pl)} WHERE ${pl.workshopId} = ${i.workshopId} AND ${pl.phase} = ${i.phase})
    AND NOT ${listLockedSql(i.workshopId)})`;

/** The list of a step (its list id column) has not been removed: a removed list takes its steps out of play. */
export const inLiveList = (listId: SQLWrapper): SQL =>
  sql`EXISTS (SELECT 1 FROM ${tableAs(t.workshopLists, ll)} WHERE ${ll.id} = ${listId} AND ${ll.removedAt} IS NULL)`;

/** The responsible stakeholder types of step `i`, sorted, as a JSON array. */
const stakeholderTypesJson = sql`json((SELECT json_group_array(${st.type}) FROM
    (SELECT ${st.type} FROM ${tableAs(t.workshopItemStakeholderTypes, st)} WHERE ${st.itemId} = ${i.id} ORDER BY ${st.type}) AS ${st}))`;

/** The full state of a step, as JSON, for the row `i`; a step of a removed list counts as removed. */
export const itemJson = sql`json_object(
  'id', ${i.id}, 'listId', ${i.listId}, 'position', ${i.position}, 'title', ${i.title}, 'description', ${i.description},
  'phase', ${i.phase}, 'version', ${i.version},
  'stakeholderTypes', ${stakeholderTypesJson},
  'evidence', json((SELECT json_group_array(json(e)) FROM (SELECT json_object(
      'id', ${ev.id}, 'caseId', ${ev.caseId}, 'caseTitle', COALESCE(${c.title}, ${ev.caseTitle}),
      'country', COALESCE(${c.country}, ${ev.caseCountry}), 'city', COALESCE(${c.city}, ${ev.caseCity}),
      'why', ${ev.why}, 'addedBy', ${person(ev.addedBy)}, 'addedAt', ${ev.addedAt}) AS e
    FROM ${tableAs(t.workshopItemCases, ev)} LEFT JOIN ${tableAs(t.cases, c)} ON ${c.id} = ${ev.caseId}
    WHERE ${ev.itemId} = ${i.id} AND ${ev.removedAt} IS NULL ORDER BY ${ev.id}))),
  'dots', json((SELECT json_group_object(${v.memberId}, ${v.dots}) FROM ${tableAs(t.workshopVotes, v)}
    WHERE ${v.itemId} = ${i.id} AND ${v.dots} > 0)),
  'votesHidden', ${votesHidden},
  'commentCount', (SELECT count(*) FROM ${tableAs(t.workshopComments, kc)} WHERE ${kc.itemId} = ${i.id} AND ${kc.removedAt} IS NULL),
  'createdBy', ${person(i.createdBy)}, 'createdAt', ${i.createdAt},
  'updatedBy', ${person(i.updatedBy)}, 'updatedAt', ${i.updatedAt},
  'removed', ${i.removedAt} IS NOT NULL OR NOT ${inLiveList(i.listId)},
  'mergedInto', ${i.mergedInto})`;

/** What the content of step `i` was after a change: the body of a revision. */
export const itemSnapshotJson = sql`json_object('title', ${i.title}, 'description', ${i.description}, 'phase', ${i.phase},
  'stakeholderTypes', ${stakeholderTypesJson})`;

/** The settings of the workshop `w`. */
export const workshopJson = sql`json_object(
  'id', ${w.id}, 'title', ${w.title}, 'territory', ${w.territory}, 'challenge', ${w.challenge}, 'language', ${w.language},
  'dotsPerMember', ${w.dotsPerMember}, 'votesHidden', ${w.votesHidden}, 'status', ${w.status}, 'version', ${w.version},
  'lockedPhases', json((SELECT json_group_array(${pl.phase}) FROM ${tableAs(t.workshopPhaseLocks, pl)} WHERE ${pl.workshopId} = ${w.id})),
  'timerEndsAt', ${w.timerEndsAt}, 'timerLabel', ${w.timerLabel}, 'createdAt', ${w.createdAt},
  'agenda', json(${w.agenda}), 'agendaVersion', ${w.agendaVersion}, 'agendaRun', json(${w.agendaRun}))`;

/** The list `l`, with how many live steps it holds. */
export const listJson = sql`json_object(
  'id', ${l.id}, 'title', ${l.title}, 'position', ${l.position}, 'version', ${l.version},
  'itemCount', (SELECT count(*) FROM ${tableAs(t.workshopItems, ic)} WHERE ${ic.listId} = ${l.id} AND ${ic.removedAt} IS NULL),
  'createdBy', ${person(l.createdBy)}, 'updatedBy', ${person(l.updatedBy)}, 'updatedAt', ${l.updatedAt},
  'removed', ${l.removedAt} IS NOT NULL)`;

/** The comment `cm`. */
export const commentJson = sql`json_object(
  'id', ${cm.id}, 'itemId', ${cm.itemId}, 'author', ${person(cm.memberId)}, 'body', ${cm.body},
  'createdAt', ${cm.createdAt}, 'removed', ${cm.removedAt} IS NOT NULL)`;

/** The feedback row `f` as JSON. */
export const feedbackJson = sql`json_object('id', f.id, 'agendaItemId', f.agenda_item_id,
  'author', json_object('id', f.member_id, 'name', (SELECT name FROM workshop_members fm WHERE fm.id = f.member_id)),
  'worked', f.worked, 'change', f.change, 'createdAt', f.created_at)`;

/** The member `m`. */
export const memberJson = sql`json_object('id', ${m.id}, 'name', ${m.name}, 'role', ${m.role})`;

/** The live steps of a list (an SQL expression: a column or a value) in order, as a JSON array of ids. */
export const orderJson = (listId: SQLWrapper): SQL =>
  sql`json((SELECT json_group_array(${ic.id}) FROM (SELECT ${ic.id} FROM ${tableAs(t.workshopItems, ic)}
    WHERE ${ic.listId} = ${listId} AND ${ic.removedAt} IS NULL ORDER BY ${ic.position}, ${ic.id}) AS ${ic}))`;

/** How many dots a member has placed on live steps (not removed, in a list not removed). */
export const dotsUsedSql = (memberId: string): SQL =>
  sql`(SELECT COALESCE(sum(${v.dots}), 0) FROM ${tableAs(t.workshopVotes, v)} JOIN ${tableAs(t.workshopItems, ic)} ON ${ic.id} = ${v.itemId}
    WHERE ${v.memberId} = ${memberId} AND ${ic.removedAt} IS NULL AND ${inLiveList(ic.listId)})`;

// The shapes. Base columns come from the drizzle tables; SQLite gives booleans back as 0 or 1.
const { createSelectSchema } = createSchemaFactory({ zodInstance: z });
export const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]);

export const personRecord = createSelectSchema(t.workshopMembers).pick({ id: true, name: true });
export const memberRecord = createSelectSchema(t.workshopMembers).pick({ id: true, name: true, role: true });

export const evidenceRecord = createSelectSchema(t.workshopItemCases)
  .pick({ id: true, caseId: true, caseTitle: true, why: true, addedAt: true })
  .extend({ country: z.string().nullable(), city: z.string().nullable(), addedBy: personRecord });

export const itemRecord = createSelectSchema(t.workshopItems)
  .pick({
    id: true,
    listId: true,
    position: true,
    title: true,
    description: true,
    phase: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    mergedInto: true,
  })
  .extend({
    stakeholderTypes: z.array(z.string()),
    evidence: z.array(evidenceRecord),
    /** Each member's dots on the step, by member id: redacted per viewer before anyone sees it. */
    dots: z.record(z.string(), z.number().int()),
    votesHidden: flag,
    commentCount: z.number().int(),
    createdBy: personRecord,
    updatedBy: personRecord,
    removed: flag,
  });

export const itemSnapshot = itemRecord.pick({ title: true, description: true, phase: true, stakeholderTypes: true });

export const workshopRecord = createSelectSchema(t.workshops)
  .pick({
    id: true,
    title: true,
    territory: true,
    challenge: true,
    language: true,
    dotsPerMember: true,
    status: true,
    version: true,
    timerEndsAt: true,
    timerLabel: true,
    createdAt: true,
    agendaVersion: true,
  })
  .extend({
    votesHidden: flag,
    lockedPhases: z.array(z.enum(workshopPhases)),
    agenda: storedPlan.nullable(),
    agendaRun: storedRun.nullable(),
  });

export const listRecord = createSelectSchema(t.workshopLists)
  .pick({ id: true, title: true, position: true, version: true, updatedAt: true })
  .extend({ itemCount: z.number().int(), createdBy: personRecord, updatedBy: personRecord, removed: flag });

export const commentRecord = createSelectSchema(t.workshopComments)
  .pick({ id: true, itemId: true, body: true, createdAt: true })
  .extend({ author: personRecord, removed: flag });

export const feedbackRecord = z.object({
  id: z.string(),
  agendaItemId: z.string(),
  author: z.object({ id: z.string(), name: z.string() }),
  worked: z.string(),
  change: z.string(),
  createdAt: z.string(),
});

export type FeedbackRecord = z.infer<typeof feedbackRecord>;

export type ItemRecord = z.infer<typeof itemRecord>;
export type WorkshopRecord = z.infer<typeof workshopRecord>;
export type ListRecord = z.infer<typeof listRecord>;
export type CommentRecord = z.infer<typeof commentRecord>;

export interface Viewer {
  workshopId: string;
  memberId: string;
  name: string;
  role: MemberRole;
}

export function parseJson<T>(value: unknown): T {
  if (typeof value !== "string") throw new Error("expected a JSON column");
  return JSON.parse(value) as T;
}

/** A step as one member may see it: vote totals only when votes are shown (or to the facilitator). */
export function toViewerItem(item: ItemRecord, viewer: Viewer) {
  const { dots, votesHidden, removed, ...rest } = item;
  const total = Object.values(dots).reduce((sum, n) => sum + n, 0);
  return {
    ...rest,
    position: Math.round(item.position),
    votes: votesHidden && viewer.role !== "facilitator" ? null : total,
    myDots: dots[viewer.memberId] ?? 0,
    removed: Boolean(removed),
  };
}

export type ViewerItem = ReturnType<typeof toViewerItem>;

/** The workshop's settings with the timer as time left, measured now, so clocks need not agree. */
export function toWorkshopSettings(w: WorkshopRecord, now = Date.now()) {
  const { timerEndsAt, timerLabel, lockedPhases, votesHidden, agenda, agendaRun, agendaVersion, ...rest } = w;
  return {
    ...rest,
    agenda: toAgendaView(agenda, agendaRun, agendaVersion),
    votesHidden: Boolean(votesHidden),
    lockedPhases: workshopPhases.filter((p) => lockedPhases.includes(p)),
    timer:
      timerEndsAt === null
        ? null
        : { endsAt: timerEndsAt, remainingMs: Math.max(0, timerEndsAt - now), label: timerLabel ?? "" },
  };
}

export function toList(l: ListRecord) {
  return { ...l, removed: Boolean(l.removed) };
}

/** A removed comment keeps its place in the thread but not its words. */
export function toComment(c: CommentRecord) {
  const removed = Boolean(c.removed);
  return { ...c, body: removed ? null : c.body, removed };
}

/**
 * Reads that may find nothing use all() and take the first row: drizzle's get() on raw SQL throws
 * on an empty result (it normalises an undefined row), inside a batch too.
 */
export const first = <T>(rows: T[]): T | undefined => rows[0];

/** The step's JSON, removed or not, if it is in this workshop (a statement for a batch). */
export const selectItem = (db: Database, workshopId: string, itemId: string) =>
  db.all<{ json: string }>(
    sql`SELECT ${itemJson} AS json FROM ${items} WHERE ${i.id} = ${itemId} AND ${i.workshopId} = ${workshopId}`,
  );

/** The step selected by selectItem, as the member sees it; 404 when it is not in this workshop. */
export function viewItem(rows: { json: string }[], viewer: Viewer, itemId: string): ViewerItem {
  const row = first(rows);
  if (!row) throw notFound("item", itemId);
  return toViewerItem(parseJson<ItemRecord>(row.json), viewer);
}

/** The workshop's settings JSON (a statement for a batch). */
export const selectSettings = (db: Database, workshopId: string) =>
  db.all<{ json: string }>(sql`SELECT ${workshopJson} AS json FROM ${workshopsAs} WHERE ${w.id} = ${workshopId}`);

/** 404 unless the step is in this workshop (removed or not). */
export async function requireItem(db: Database, viewer: Viewer, itemId: string) {
  const rows = await db.all<{ id: string }>(
    sql`SELECT ${i.id} FROM ${items} WHERE ${i.id} = ${itemId} AND ${i.workshopId} = ${viewer.workshopId}`,
  );
  if (rows.length === 0) throw notFound("item", itemId);
}
