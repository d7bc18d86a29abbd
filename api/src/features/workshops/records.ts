/**
 * One representation of each workshop record, built in SQL as JSON. Reads select it, and every write
 * stores it in the change feed inside the same batch, so what a client fetches and what it is sent
 * live are the same shape, taken from the same transaction. What a member may see (vote totals while
 * votes are hidden, their own dots) is applied afterwards, per viewer, by the pure functions below.
 */
import type { Database } from "@atlas/db/client";
import { type Locale, type MemberRole, type WorkshopPhase, workshopPhases } from "@atlas/db/schema";
import { type SQL, sql } from "drizzle-orm";
import { notFound } from "../../http/errors.ts";

/** A member as seen in a record: id and display name. */
const person = (column: string) =>
  `json_object('id', ${column}, 'name', (SELECT m.name FROM workshop_members m WHERE m.id = ${column}))`;

/** Whether the votes on step `i` are hidden: hidden in the workshop, and its phase not yet ended (locked). */
const votesHiddenSql = `((SELECT w.votes_hidden FROM workshops w WHERE w.id = i.workshop_id)
    AND NOT EXISTS (SELECT 1 FROM workshop_phase_locks l WHERE l.workshop_id = i.workshop_id AND l.phase = i.phase))`;
export const votesHidden = sql.raw(votesHiddenSql);

/** The full state of a step, as JSON, for the row aliased `i`; a step of a removed list counts as removed. */
export const itemJson = sql.raw(`json_object(
  'id', i.id, 'listId', i.list_id, 'position', i.position, 'title', i.title, 'description', i.description,
  'phase', i.phase, 'version', i.version,
  'stakeholderTypes', json((SELECT json_group_array(type) FROM
    (SELECT st.type FROM workshop_item_stakeholder_types st WHERE st.item_id = i.id ORDER BY st.type))),
  'evidence', json((SELECT json_group_array(json(e)) FROM (SELECT json_object(
      'id', ev.id, 'caseId', ev.case_id, 'caseTitle', COALESCE(c.title, ev.case_title),
      'country', COALESCE(c.country, ev.case_country), 'city', COALESCE(c.city, ev.case_city),
      'why', ev.why, 'addedBy', ${person("ev.added_by")}, 'addedAt', ev.added_at) AS e
    FROM workshop_item_cases ev LEFT JOIN cases c ON c.id = ev.case_id
    WHERE ev.item_id = i.id AND ev.removed_at IS NULL ORDER BY ev.id))),
  'dots', json((SELECT json_group_object(v.member_id, v.dots) FROM workshop_votes v WHERE v.item_id = i.id AND v.dots > 0)),
  'votesHidden', ${votesHiddenSql},
  'commentCount', (SELECT count(*) FROM workshop_comments cm WHERE cm.item_id = i.id AND cm.removed_at IS NULL),
  'createdBy', ${person("i.created_by")}, 'createdAt', i.created_at,
  'updatedBy', ${person("i.updated_by")}, 'updatedAt', i.updated_at,
  'removed', i.removed_at IS NOT NULL
    OR NOT EXISTS (SELECT 1 FROM workshop_lists rl WHERE rl.id = i.list_id AND rl.removed_at IS NULL),
  'mergedInto', i.merged_into)`);

/** What the content of a step was after a change: the body of a revision. */
export const itemSnapshotJson = sql.raw(`json_object('title', i.title, 'description', i.description, 'phase', i.phase,
  'stakeholderTypes', json((SELECT json_group_array(type) FROM
    (SELECT st.type FROM workshop_item_stakeholder_types st WHERE st.item_id = i.id ORDER BY st.type))))`);

/** The settings of the workshop aliased `w`. */
export const workshopJson = sql.raw(`json_object(
  'id', w.id, 'title', w.title, 'territory', w.territory, 'challenge', w.challenge, 'language', w.language,
  'dotsPerMember', w.dots_per_member, 'votesHidden', w.votes_hidden, 'status', w.status, 'version', w.version,
  'lockedPhases', json((SELECT json_group_array(phase) FROM workshop_phase_locks l WHERE l.workshop_id = w.id)),
  'timerEndsAt', w.timer_ends_at, 'timerLabel', w.timer_label, 'createdAt', w.created_at)`);

/** A list aliased `l`, with how many live steps it holds. */
export const listJson = sql.raw(`json_object(
  'id', l.id, 'title', l.title, 'position', l.position, 'version', l.version,
  'itemCount', (SELECT count(*) FROM workshop_items i WHERE i.list_id = l.id AND i.removed_at IS NULL),
  'createdBy', ${person("l.created_by")}, 'updatedBy', ${person("l.updated_by")}, 'updatedAt', l.updated_at,
  'removed', l.removed_at IS NOT NULL)`);

/** A comment aliased `cm`. */
export const commentJson = sql.raw(`json_object(
  'id', cm.id, 'itemId', cm.item_id, 'author', ${person("cm.member_id")}, 'body', cm.body,
  'createdAt', cm.created_at, 'removed', cm.removed_at IS NOT NULL)`);

export const memberJson = sql.raw(`json_object('id', m.id, 'name', m.name, 'role', m.role)`);

/** The live steps of a list (an SQL expression: a column or a value) in order, as a JSON array of ids. */
export const orderJson = (listId: SQL): SQL =>
  sql`json((SELECT json_group_array(id) FROM (SELECT id FROM workshop_items
    WHERE list_id = ${listId} AND removed_at IS NULL ORDER BY position, id)))`;

/** The list of step `alias` has not been removed (a removed list takes its steps out of play). */
export const inLiveList = (alias: string): SQL =>
  sql.raw(`EXISTS (SELECT 1 FROM workshop_lists ll WHERE ll.id = ${alias}.list_id AND ll.removed_at IS NULL)`);

/** How many dots a member has placed on live steps (not removed, in a list not removed). */
export const dotsUsedSql = (memberId: string): SQL =>
  sql`(SELECT COALESCE(sum(v.dots), 0) FROM workshop_votes v JOIN workshop_items i ON i.id = v.item_id
    WHERE v.member_id = ${memberId} AND i.removed_at IS NULL AND ${inLiveList("i")})`;

export interface Person {
  id: string;
  name: string;
}

export interface Viewer {
  workshopId: string;
  memberId: string;
  name: string;
  role: MemberRole;
}

type Flag = boolean | 0 | 1;

export interface ItemRecord {
  id: string;
  listId: string;
  position: number;
  title: string;
  description: string;
  phase: WorkshopPhase;
  version: number;
  stakeholderTypes: string[];
  evidence: {
    id: number;
    caseId: string | null;
    caseTitle: string;
    country: string | null;
    city: string | null;
    why: string;
    addedBy: Person;
    addedAt: string;
  }[];
  dots: Record<string, number>;
  votesHidden: Flag;
  commentCount: number;
  createdBy: Person;
  createdAt: string;
  updatedBy: Person;
  updatedAt: string;
  removed: Flag;
  mergedInto: string | null;
}

export interface WorkshopRecord {
  id: string;
  title: string;
  territory: string;
  challenge: string;
  language: Locale;
  dotsPerMember: number;
  votesHidden: Flag;
  status: "open" | "closed";
  version: number;
  lockedPhases: WorkshopPhase[];
  timerEndsAt: number | null;
  timerLabel: string | null;
  createdAt: string;
}

export interface ListRecord {
  id: string;
  title: string;
  position: number;
  version: number;
  itemCount: number;
  createdBy: Person;
  updatedBy: Person;
  updatedAt: string;
  removed: Flag;
}

export interface CommentRecord {
  id: string;
  itemId: string;
  author: Person;
  body: string;
  createdAt: string;
  removed: Flag;
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
  const { timerEndsAt, timerLabel, lockedPhases, votesHidden, ...rest } = w;
  return {
    ...rest,
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
    sql`SELECT ${itemJson} AS json FROM workshop_items i WHERE i.id = ${itemId} AND i.workshop_id = ${workshopId}`,
  );

/** The step selected by selectItem, as the member sees it; 404 when it is not in this workshop. */
export function viewItem(rows: { json: string }[], viewer: Viewer, itemId: string): ViewerItem {
  const row = first(rows);
  if (!row) throw notFound("item", itemId);
  return toViewerItem(parseJson<ItemRecord>(row.json), viewer);
}

/** The workshop's settings JSON (a statement for a batch). */
export const selectSettings = (db: Database, workshopId: string) =>
  db.all<{ json: string }>(sql`SELECT ${workshopJson} AS json FROM workshops w WHERE w.id = ${workshopId}`);

/** 404 unless the step is in this workshop (removed or not). */
export async function requireItem(db: Database, viewer: Viewer, itemId: string) {
  const rows = await db.all<{ id: string }>(
    sql`SELECT id FROM workshop_items WHERE id = ${itemId} AND workshop_id = ${viewer.workshopId}`,
  );
  if (rows.length === 0) throw notFound("item", itemId);
}
