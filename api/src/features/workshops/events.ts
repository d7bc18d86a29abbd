/**
 * The change feed. Every write inserts its event row in the same batch as the change, from a SELECT
 * that finds a row only when the guarded change applied; the payload is the record's JSON
 * projection (records.ts) as the transaction has it. Each stored event is then sent to each member
 * redacted for them (vote totals while votes are hidden, other members' dots) and shaped for the
 * client's cache.
 */
import type { Database } from "@atlas/db/client";
import { z } from "@hono/zod-openapi";
import { type SQL, sql } from "drizzle-orm";
import {
  commentJson,
  commentRecord,
  dotsUsedSql,
  feedbackRecord,
  flag,
  itemJson,
  itemRecord,
  listJson,
  listRecord,
  memberJson,
  memberRecord,
  orderJson,
  parseJson,
  toComment,
  toList,
  toViewerItem,
  toWorkshopSettings,
  type Viewer,
  votesHidden,
  workshopJson,
  workshopRecord,
} from "./records.ts";

/** An event row, inserted from a SELECT so that it exists only when the guarded change applied. */
export const insertEvent = (db: Database, workshopId: string, type: string, payload: SQL, from: SQL) =>
  db.run(
    sql`INSERT INTO workshop_events (workshop_id, type, payload) SELECT ${workshopId}, ${type}, ${payload} ${from}`,
  );

/** The workshop's settings, after a change made by `writeId`, or by the batch's first statement. */
export const workshopEvent = (db: Database, workshopId: string, writeId?: string) =>
  insertEvent(
    db,
    workshopId,
    "workshop",
    sql`json_object('workshop', json(${workshopJson}))`,
    sql`FROM workshops w WHERE w.id = ${workshopId} ${writeId ? sql`AND w.write_id = ${writeId}` : sql`AND changes() > 0`}`,
  );

/** A member who joined (`where` selects the row `m`), or left when `removed`. */
export const memberEvent = (db: Database, workshopId: string, where: SQL, removed = false) =>
  insertEvent(
    db,
    workshopId,
    "member",
    removed
      ? sql`json_object('member', json(${memberJson}), 'removed', json('true'))`
      : sql`json_object('member', json(${memberJson}))`,
    sql`FROM workshop_members m WHERE ${where}`,
  );

export const listEvent = (db: Database, workshopId: string, listId: string, writeId: string) =>
  insertEvent(
    db,
    workshopId,
    "list",
    sql`json_object('list', json(${listJson}))`,
    sql`FROM workshop_lists l WHERE l.id = ${listId} AND l.write_id = ${writeId}`,
  );

/** A step as written; with its list's count of steps, which creating, removing or merging one changes. */
export const itemEvent = (db: Database, workshopId: string, itemId: string, writeId: string) =>
  insertEvent(
    db,
    workshopId,
    "item",
    sql`json_object('item', json(${itemJson}),
      'itemCount', (SELECT count(*) FROM workshop_items c WHERE c.list_id = i.list_id AND c.removed_at IS NULL))`,
    sql`FROM workshop_items i WHERE i.id = ${itemId} AND i.write_id = ${writeId}`,
  );

/** The new order of a list (an SQL expression), if `applied`. */
export const orderEvent = (db: Database, workshopId: string, listId: SQL, applied: SQL) =>
  insertEvent(
    db,
    workshopId,
    "order",
    sql`json_object('listId', ${listId}, 'order', ${orderJson(listId)})`,
    sql`WHERE ${applied}`,
  );

/**
 * A vote event for each of a member's vote rows (`v`, joined to its step `i`) that `where` selects,
 * with the step's new total and the member's dots in use, as the transaction now has them.
 */
export const voteEvent = (db: Database, workshopId: string, memberId: string, where: SQL) =>
  insertEvent(
    db,
    workshopId,
    "vote",
    sql`json_object('listId', i.list_id, 'itemId', i.id, 'memberId', ${memberId}, 'dots', v.dots,
      'total', (SELECT COALESCE(sum(t.dots), 0) FROM workshop_votes t WHERE t.item_id = i.id),
      'used', ${dotsUsedSql(memberId)}, 'hidden', ${votesHidden})`,
    sql`FROM workshop_votes v JOIN workshop_items i ON i.id = v.item_id WHERE v.member_id = ${memberId} AND ${where}`,
  );

export const commentEvent = (db: Database, workshopId: string, commentId: string, writeId: string) =>
  insertEvent(
    db,
    workshopId,
    "comment",
    sql`json_object('listId', i.list_id, 'comment', json(${commentJson}),
      'commentCount', (SELECT count(*) FROM workshop_comments k WHERE k.item_id = i.id AND k.removed_at IS NULL))`,
    sql`FROM workshop_comments cm JOIN workshop_items i ON i.id = cm.item_id
      WHERE cm.id = ${commentId} AND cm.write_id = ${writeId}`,
  );

/**
 * A workshop's feed position: `latest`, the id a client that has everything is at (never below
 * what was pruned, so a fresh load is never told to reset), and `pruned`, the newest id deleted.
 */
export const feedPositionSql = (workshopId: string) =>
  sql`SELECT w.events_pruned_through AS pruned, max(w.events_pruned_through,
      COALESCE((SELECT max(e.id) FROM workshop_events e WHERE e.workshop_id = w.id), 0)) AS latest
    FROM workshops w WHERE w.id = ${workshopId}`;

export interface StoredEvent {
  id: number;
  workshopId: string;
  type: string;
  payload: string;
}

/** What each event row's payload holds, by its type: the projections of records.ts, as stored. */
export const storedEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("workshop"), workshop: workshopRecord }),
  z.object({ type: z.literal("member"), member: memberRecord, removed: z.boolean().optional() }),
  z.object({ type: z.literal("list"), list: listRecord }),
  // itemCount: absent from events stored before it was added.
  z.object({ type: z.literal("item"), item: itemRecord, itemCount: z.number().int().optional() }),
  z.object({ type: z.literal("order"), listId: z.string(), order: z.array(z.string()) }),
  z.object({
    type: z.literal("vote"),
    listId: z.string(),
    itemId: z.string(),
    memberId: z.string(),
    dots: z.number().int(),
    total: z.number().int(),
    used: z.number().int(),
    hidden: flag,
  }),
  z.object({ type: z.literal("comment"), listId: z.string(), comment: commentRecord, commentCount: z.number().int() }),
  z.object({ type: z.literal("feedback"), feedback: feedbackRecord }),
]);
type Stored = z.infer<typeof storedEvent>;

/** The event as sent to one member; `reset` tells a client it missed too much and should reload. */
export function toViewerEvent(event: StoredEvent, viewer: Viewer, now = Date.now()) {
  const stored = { ...parseJson<object>(event.payload), type: event.type } as Stored;
  switch (stored.type) {
    case "workshop":
      return { type: stored.type, workshop: toWorkshopSettings(stored.workshop, now) };
    case "member":
      return { type: stored.type, member: stored.member, removed: Boolean(stored.removed) };
    case "list":
      return { type: stored.type, list: toList(stored.list) };
    case "item":
      return {
        type: stored.type,
        item: toViewerItem(stored.item, viewer),
        ...(stored.itemCount === undefined ? {} : { itemCount: stored.itemCount }),
      };
    case "order":
      return { type: stored.type, listId: stored.listId, order: stored.order };
    case "vote": {
      const own = stored.memberId === viewer.memberId;
      return {
        type: stored.type,
        listId: stored.listId,
        itemId: stored.itemId,
        votes: stored.hidden && viewer.role !== "facilitator" ? null : stored.total,
        ...(own ? { myDots: stored.dots, used: stored.used } : {}),
      };
    }
    case "comment":
      return {
        type: stored.type,
        listId: stored.listId,
        comment: toComment(stored.comment),
        commentCount: stored.commentCount,
      };
    case "feedback":
      return { type: stored.type, feedback: stored.feedback };
  }
}

export type WorkshopEvent = NonNullable<ReturnType<typeof toViewerEvent>> | { type: "reset" };

/** The member was removed by this event: their stream ends after it, and they cannot open another. */
export const removesViewer = (event: WorkshopEvent | undefined, viewer: Viewer) =>
  event?.type === "member" && event.removed && event.member.id === viewer.memberId;
