/**
 * Changes to the steps of a list: add, edit (versioned), move, sort by votes, remove, restore and
 * merge. Each is one atomic batch that also records a revision and appends the change feed.
 */
import type { Database } from "@atlas/db/client";
import type { WorkshopPhase } from "@atlas/db/schema";
import { type SQL, sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import {
  type ItemRecord,
  inLiveList,
  itemJson,
  itemSnapshotJson,
  orderJson,
  parseJson,
  toViewerItem,
  type Viewer,
  type ViewerItem,
} from "./records.ts";
import type { ItemInput, MergeInput } from "./schema.ts";
import { createId } from "./secrets.ts";
import {
  commit,
  conflictError,
  createWriteId,
  explainRefusal,
  first,
  insertEvent,
  isOpen,
  isUnlocked,
  readState,
  type State,
} from "./write.ts";

const nowSql = sql.raw(`strftime('%Y-%m-%dT%H:%M:%fZ','now')`);

export const itemOf = (db: Database, workshopId: string, itemId: string) =>
  db.all<{ json: string }>(
    sql`SELECT ${itemJson} AS json FROM workshop_items i WHERE i.id = ${itemId} AND i.workshop_id = ${workshopId}`,
  );

/** Applied: the row of this item carries this request's write id. */
export const wrote = (itemId: string, writeId: string): SQL =>
  sql`EXISTS (SELECT 1 FROM workshop_items g WHERE g.id = ${itemId} AND g.write_id = ${writeId})`;

export const itemEvent = (db: Database, workshopId: string, itemId: string, writeId: string) =>
  insertEvent(
    db,
    workshopId,
    "item",
    sql`json_object('item', json(${itemJson}))`,
    sql`FROM workshop_items i WHERE i.id = ${itemId} AND i.write_id = ${writeId}`,
  );

/** A revision with the step's content after the change, written only if the change applied. */
export const revision = (
  db: Database,
  viewer: Viewer,
  itemId: string,
  writeId: string,
  kind: string,
  detail: SQL | null = null,
) =>
  db.run(sql`INSERT INTO workshop_item_revisions (item_id, version, member_id, kind, snapshot, detail)
    SELECT i.id, i.version, ${viewer.memberId}, ${kind}, ${itemSnapshotJson}, ${detail}
    FROM workshop_items i WHERE i.id = ${itemId} AND i.write_id = ${writeId}`);

const orderEvent = (db: Database, workshopId: string, listId: SQL, applied: SQL) =>
  insertEvent(
    db,
    workshopId,
    "order",
    sql`json_object('listId', ${listId}, 'order', ${orderJson(listId)})`,
    sql`WHERE ${applied}`,
  );

const orderOf = (db: Database, workshopId: string, itemId: string) =>
  db.all<{ listId: string; order: string }>(sql`SELECT x.list_id AS listId, ${orderJson(sql`x.list_id`)} AS "order"
    FROM workshop_items x WHERE x.id = ${itemId} AND x.workshop_id = ${workshopId}`);

/** The step after a change, as the member sees it; 404 when it is not in this workshop. */
export function viewItem(rows: { json: string }[], viewer: Viewer, itemId: string): ViewerItem {
  const row = first(rows);
  if (!row) throw notFound("item", itemId);
  return toViewerItem(parseJson<ItemRecord>(row.json), viewer);
}

const removedError = (itemId: string) =>
  new ApiError(409, "item_removed", `The step "${itemId}" has been removed by the facilitator.`);

/** Why a guarded change to a live step did not apply: closed, locked, removed, or else a stale version. */
function refuse(state: State, item: ViewerItem, phases: (WorkshopPhase | undefined)[] = []): never {
  explainRefusal(state, [item.phase, ...phases]);
  if (item.removed) throw removedError(item.id);
  throw conflictError("step", item);
}

/** Only keys of the stakeholderType vocabulary; each named in the 400 otherwise. */
async function checkStakeholderTypes(db: Database, types: string[]): Promise<string[]> {
  const unique = [...new Set(types)];
  if (unique.length === 0) return unique;
  const rows = await db.all<{ key: string }>(sql`SELECT key FROM terms
    WHERE scheme = 'stakeholderType' AND key IN (SELECT value FROM json_each(${JSON.stringify(unique)}))`);
  const known = new Set(rows.map((r) => r.key));
  const unknown = unique.filter((type) => !known.has(type));
  if (unknown.length === 0) return unique;
  const message = `unknown stakeholder type ${unknown.map((u) => `"${u}"`).join(", ")}`;
  throw new ApiError(400, "invalid_body", `Invalid body "stakeholderTypes": ${message}`, [
    { parameter: "stakeholderTypes", message },
  ]);
}

const insertTypes = (db: Database, itemId: string, writeId: string, types: string[]) =>
  db.run(sql`INSERT OR IGNORE INTO workshop_item_stakeholder_types (item_id, type)
    SELECT ${itemId}, value FROM json_each(${JSON.stringify(types)}) WHERE ${wrote(itemId, writeId)}`);

export async function createItem(db: Database, viewer: Viewer, listId: string, input: ItemInput) {
  const id = viewer.workshopId;
  const types = await checkStakeholderTypes(db, input.stakeholderTypes);
  const itemId = createId();
  const writeId = createWriteId();
  const [inserted, , , , state, current] = await commit(db, [
    db.run(sql`INSERT INTO workshop_items (id, workshop_id, list_id, position, title, description, phase,
        created_by, updated_by, write_id)
      SELECT ${itemId}, ${id}, l.id,
        (SELECT COALESCE(max(position), -1) + 1 FROM workshop_items WHERE list_id = l.id AND removed_at IS NULL),
        ${input.title}, ${input.description}, ${input.phase}, ${viewer.memberId}, ${viewer.memberId}, ${writeId}
      FROM workshop_lists l
      WHERE l.id = ${listId} AND l.workshop_id = ${id} AND l.removed_at IS NULL
        AND ${isOpen(id)} AND ${isUnlocked(id, sql`${input.phase}`)}`),
    insertTypes(db, itemId, writeId, types),
    revision(db, viewer, itemId, writeId, "created"),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    itemOf(db, id, itemId),
  ]);
  if (inserted.rowsAffected === 0) {
    explainRefusal(state, [input.phase]);
    throw notFound("list", listId);
  }
  return viewItem(current, viewer, itemId);
}

/** Edits a step if it is still at the version the edit was based on; 409 with the current step otherwise. */
export async function updateItem(db: Database, viewer: Viewer, itemId: string, input: ItemInput & { version: number }) {
  const id = viewer.workshopId;
  const types = await checkStakeholderTypes(db, input.stakeholderTypes);
  const writeId = createWriteId();
  const [updated, , , , , state, current] = await commit(db, [
    db.run(sql`UPDATE workshop_items SET title = ${input.title}, description = ${input.description},
        phase = ${input.phase}, version = version + 1, updated_by = ${viewer.memberId}, updated_at = ${nowSql},
        write_id = ${writeId}
      WHERE id = ${itemId} AND workshop_id = ${id} AND version = ${input.version} AND removed_at IS NULL
        AND ${inLiveList("workshop_items")} AND ${isOpen(id)} AND ${isUnlocked(id, sql`workshop_items.phase`)} AND ${isUnlocked(id, sql`${input.phase}`)}`),
    db.run(sql`DELETE FROM workshop_item_stakeholder_types WHERE item_id = ${itemId} AND ${wrote(itemId, writeId)}`),
    insertTypes(db, itemId, writeId, types),
    revision(db, viewer, itemId, writeId, "edited"),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    itemOf(db, id, itemId),
  ]);
  const item = viewItem(current, viewer, itemId);
  if (updated.rowsAffected === 0) refuse(state, item, [input.phase]);
  return item;
}

/**
 * Places a step after another (or first). Moves are not versioned: they change no one's words,
 * and "after this step" keeps its meaning when others move steps at the same time.
 */
export async function moveItem(db: Database, viewer: Viewer, itemId: string, afterId: string | null) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const after = sql`SELECT a.position FROM workshop_items a WHERE a.id = ${afterId}
    AND a.list_id = workshop_items.list_id AND a.removed_at IS NULL AND a.id <> workshop_items.id`;
  const [moved, , , , state, current, order] = await commit(db, [
    db.run(sql`UPDATE workshop_items SET position = COALESCE((${after}), -1) + 0.5, write_id = ${writeId}
      WHERE id = ${itemId} AND workshop_id = ${id} AND removed_at IS NULL AND ${inLiveList("workshop_items")}
        AND ${isOpen(id)} AND ${isUnlocked(id, sql`workshop_items.phase`)}
        AND (${afterId} IS NULL OR EXISTS (${after}))`),
    renumber(db, sql`(SELECT list_id FROM workshop_items WHERE id = ${itemId})`, wrote(itemId, writeId)),
    revision(db, viewer, itemId, writeId, "moved", sql`json_object('afterId', ${afterId})`),
    orderEvent(db, id, sql`(SELECT list_id FROM workshop_items WHERE id = ${itemId})`, wrote(itemId, writeId)),
    readState(db, id),
    itemOf(db, id, itemId),
    orderOf(db, id, itemId),
  ]);
  const item = viewItem(current, viewer, itemId);
  const result = { listId: item.listId, order: parseJson<string[]>(first(order)?.order ?? "[]") };
  if (moved.rowsAffected > 0) return result;
  explainRefusal(state, [item.phase]);
  if (item.removed) throw removedError(itemId);
  throw new ApiError(
    409,
    "order_conflict",
    "The step to place this one after has moved to another list or been removed; here is the current order.",
    [{ current: result }],
  );
}

/** Positions 0…n-1 in the current order of a list's live steps, if `applied`. */
const renumber = (db: Database, listId: SQL, applied: SQL, orderBy: SQL = sql`position, id`) =>
  db.run(sql`UPDATE workshop_items SET position = r.rn
    FROM (SELECT id, row_number() OVER (ORDER BY ${orderBy}) - 1 AS rn FROM workshop_items
      WHERE list_id = ${listId} AND removed_at IS NULL) AS r
    WHERE workshop_items.id = r.id AND ${applied}`);

/** The facilitator orders a list by dots, most first; ties keep their order. */
export async function sortByVotes(db: Database, viewer: Viewer, listId: string) {
  const id = viewer.workshopId;
  const applied = sql`EXISTS (SELECT 1 FROM workshop_lists l WHERE l.id = ${listId} AND l.workshop_id = ${id}
    AND l.removed_at IS NULL) AND ${isOpen(id)}`;
  const votes = sql`(SELECT COALESCE(sum(v.dots), 0) FROM workshop_votes v WHERE v.item_id = workshop_items.id)`;
  const [sorted, , state, order] = await commit(db, [
    renumber(db, sql`${listId}`, applied, sql`${votes} DESC, position, id`),
    orderEvent(db, id, sql`${listId}`, applied),
    readState(db, id),
    db.all<{ order: string }>(sql`SELECT ${orderJson(sql`l.id`)} AS "order" FROM workshop_lists l
      WHERE l.id = ${listId} AND l.workshop_id = ${id} AND l.removed_at IS NULL`),
  ]);
  const current = first(order);
  if (!current) throw notFound("list", listId);
  if (sorted.rowsAffected === 0) explainRefusal(state);
  return { listId, order: parseJson<string[]>(current.order) };
}

/** The facilitator removes a step: hidden from the list and its dots returned, kept with its history. */
export async function removeItem(db: Database, viewer: Viewer, itemId: string) {
  return setRemoved(db, viewer, itemId, true);
}

/** The facilitator brings a removed (not merged) step back, at the end of its list. */
export async function restoreItem(db: Database, viewer: Viewer, itemId: string) {
  return setRemoved(db, viewer, itemId, false);
}

async function setRemoved(db: Database, viewer: Viewer, itemId: string, remove: boolean) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const change = remove
    ? sql`removed_at = ${nowSql}, removed_by = ${viewer.memberId}`
    : sql`removed_at = NULL, removed_by = NULL, merged_into = NULL, position = (SELECT COALESCE(max(o.position), -1) + 1
        FROM workshop_items o WHERE o.list_id = workshop_items.list_id AND o.removed_at IS NULL)`;
  const [changed, , , state, current] = await commit(db, [
    db.run(sql`UPDATE workshop_items SET ${change}, write_id = ${writeId}
      WHERE id = ${itemId} AND workshop_id = ${id} AND ${isOpen(id)}
        AND ${remove ? sql`removed_at IS NULL` : sql`removed_at IS NOT NULL AND merged_into IS NULL`}`),
    revision(db, viewer, itemId, writeId, remove ? "removed" : "restored"),
    itemEvent(db, id, itemId, writeId),
    readState(db, id),
    itemOf(db, id, itemId),
  ]);
  const item = viewItem(current, viewer, itemId);
  if (changed.rowsAffected > 0) return item;
  explainRefusal(state);
  if (!remove && item.mergedInto) {
    // Its dots and evidence now count on the step it was merged into.
    throw new ApiError(409, "item_merged", `The step "${itemId}" was merged into "${item.mergedInto}".`);
  }
  return item;
}

/**
 * The facilitator merges a source step into a target: the target takes the given words (both
 * versions checked), the source's evidence, responsible types, dots and comments; the source is
 * removed, pointing at the target, and both keep their history.
 */
export async function mergeItems(db: Database, viewer: Viewer, targetId: string, input: MergeInput) {
  const id = viewer.workshopId;
  const { sourceId } = input;
  if (sourceId === targetId) throw new ApiError(400, "invalid_body", "A step cannot be merged into itself.");
  const writeId = createWriteId();
  const applied = wrote(targetId, writeId);
  const [merged, , , , , , , , , , state, target, source] = await commit(db, [
    db.run(sql`UPDATE workshop_items SET title = ${input.title}, description = ${input.description},
        version = version + 1, updated_by = ${viewer.memberId}, updated_at = ${nowSql}, write_id = ${writeId}
      WHERE id = ${targetId} AND workshop_id = ${id} AND version = ${input.version} AND removed_at IS NULL
        AND ${inLiveList("workshop_items")} AND ${isOpen(id)} AND ${isUnlocked(id, sql`workshop_items.phase`)}
        AND EXISTS (SELECT 1 FROM workshop_items s WHERE s.id = ${sourceId} AND s.workshop_id = ${id}
          AND s.version = ${input.sourceVersion} AND s.removed_at IS NULL AND ${inLiveList("s")}
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
    itemOf(db, id, targetId),
    itemOf(db, id, sourceId),
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
