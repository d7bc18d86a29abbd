/**
 * Reads of a workshop for one member. Each read is one batch (one transaction), so the state and the
 * id of the latest event it includes agree: a client streams from that id and misses nothing.
 */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import { notFound } from "../../http/errors.ts";
import { workshopNotFound } from "./auth.ts";
import { feedPositionSql } from "./events.ts";
import {
  type CommentRecord,
  commentJson,
  dotsUsedSql,
  type ItemRecord,
  itemJson,
  type ListRecord,
  listJson,
  memberJson,
  parseJson,
  toComment,
  toList,
  toViewerItem,
  toWorkshopSettings,
  type Viewer,
  type WorkshopRecord,
  workshopJson,
} from "./records.ts";
import { first } from "./write.ts";

type JsonRow = { json: string };
type Member = { id: string; name: string; role: "facilitator" | "participant" };

export async function getWorkshop(db: Database, viewer: Viewer) {
  const id = viewer.workshopId;
  const [workshop, members, lists, used, latest] = await db.batch([
    db.all<JsonRow>(sql`SELECT ${workshopJson} AS json FROM workshops w WHERE w.id = ${id}`),
    db.all<JsonRow>(sql`SELECT ${memberJson} AS json FROM workshop_members m
      WHERE m.workshop_id = ${id} AND m.removed_at IS NULL ORDER BY m.role = 'participant', m.created_at, m.id`),
    db.all<JsonRow>(sql`SELECT ${listJson} AS json FROM workshop_lists l
      WHERE l.workshop_id = ${id} AND l.removed_at IS NULL ORDER BY l.position, l.id`),
    db.get<{ used: number }>(sql`SELECT ${dotsUsedSql(viewer.memberId)} AS used`),
    db.get<{ latest: number }>(feedPositionSql(id)),
  ]);
  const settings = first(workshop);
  if (!settings) throw workshopNotFound(id);
  const everyone = members.map((m) => parseJson<Member>(m.json));
  return {
    ...toWorkshopSettings(parseJson<WorkshopRecord>(settings.json)),
    me: everyone.find((m) => m.id === viewer.memberId) ?? { id: viewer.memberId, name: viewer.name, role: viewer.role },
    members: everyone,
    lists: lists.map((l) => toList(parseJson<ListRecord>(l.json))),
    myDotsUsed: Number(used?.used ?? 0),
    eventId: Number(latest?.latest ?? 0),
  };
}

export async function getList(db: Database, viewer: Viewer, listId: string) {
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

/** One step, removed or not, as the member sees it; undefined if it is not in this workshop. */
export async function findItem(db: Database, viewer: Viewer, itemId: string) {
  const row = first(
    await db.all<JsonRow>(
      sql`SELECT ${itemJson} AS json FROM workshop_items i WHERE i.id = ${itemId} AND i.workshop_id = ${viewer.workshopId}`,
    ),
  );
  return row ? toViewerItem(parseJson<ItemRecord>(row.json), viewer) : undefined;
}

async function requireItem(db: Database, viewer: Viewer, itemId: string) {
  const rows = await db.all<{ id: string }>(
    sql`SELECT id FROM workshop_items WHERE id = ${itemId} AND workshop_id = ${viewer.workshopId}`,
  );
  if (rows.length === 0) throw notFound("item", itemId);
}

export async function listComments(db: Database, viewer: Viewer, itemId: string) {
  await requireItem(db, viewer, itemId);
  const rows = await db.all<JsonRow>(sql`SELECT ${commentJson} AS json FROM workshop_comments cm
    WHERE cm.item_id = ${itemId} ORDER BY cm.rowid`);
  return { items: rows.map((row) => toComment(parseJson<CommentRecord>(row.json))) };
}

export async function itemHistory(db: Database, viewer: Viewer, itemId: string) {
  await requireItem(db, viewer, itemId);
  const rows = await db.all<{ json: string }>(sql`SELECT json_object('id', r.id, 'version', r.version,
      'kind', r.kind, 'author', json_object('id', m.id, 'name', m.name), 'snapshot', json(r.snapshot),
      'detail', json(r.detail), 'createdAt', r.created_at) AS json
    FROM workshop_item_revisions r JOIN workshop_members m ON m.id = r.member_id
    WHERE r.item_id = ${itemId} ORDER BY r.id DESC`);
  return {
    items: rows.map((row) =>
      parseJson<{
        id: number;
        version: number;
        kind: string;
        author: { id: string; name: string };
        snapshot: { title: string; description: string; phase: ItemRecord["phase"]; stakeholderTypes: string[] };
        detail: Record<string, unknown> | null;
        createdAt: string;
      }>(row.json),
    ),
  };
}
