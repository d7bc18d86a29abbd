/** Changes to a workshop as a whole: creating and joining it, its settings, phases, timer and lists. */
import type { Database } from "@atlas/db/client";
import type { WorkshopPhase } from "@atlas/db/schema";
import { type SQL, sql } from "drizzle-orm";
import { ApiError, notFound } from "../../http/errors.ts";
import { workshopNotFound } from "./auth.ts";
import {
  type ListRecord,
  listJson,
  memberJson,
  parseJson,
  toList,
  toWorkshopSettings,
  type Viewer,
  type WorkshopRecord,
  workshopJson,
} from "./records.ts";
import type { CreateWorkshop, SettingsChange } from "./schema.ts";
import {
  createId,
  createJoinCode,
  createSecret,
  formatJoinCode,
  hashJoinCode,
  hashSecret,
  normalizeJoinCode,
} from "./secrets.ts";
import {
  closedError,
  commit,
  conflictError,
  createWriteId,
  explainRefusal,
  first,
  insertEvent,
  isOpen,
  readState,
} from "./write.ts";

/** Enough for a large session (removed members do not count), small enough that one code cannot fill the database. */
export const maxMembers = 200;
const defaultListTitle = "Recommendations";

const settingsOf = (db: Database, workshopId: string) =>
  db.all<{ json: string }>(sql`SELECT ${workshopJson} AS json FROM workshops w WHERE w.id = ${workshopId}`);

const workshopEvent = (db: Database, workshopId: string, writeId?: string) =>
  insertEvent(
    db,
    workshopId,
    "workshop",
    sql`json_object('workshop', json(${workshopJson}))`,
    sql`FROM workshops w WHERE w.id = ${workshopId} ${writeId ? sql`AND w.write_id = ${writeId}` : sql`AND changes() > 0`}`,
  );

/** A new workshop with its facilitator and a first list; the secret and the code are returned once. */
export async function createWorkshop(db: Database, input: CreateWorkshop) {
  const workshopId = createId();
  const memberId = createId();
  const secret = createSecret();
  const code = createJoinCode();
  await commit(db, [
    db.run(sql`INSERT INTO workshops (id, title, territory, challenge, language, dots_per_member, join_code_hash)
      VALUES (${workshopId}, ${input.title}, ${input.territory}, ${input.challenge}, ${input.language},
        ${input.dotsPerMember}, ${hashJoinCode(code)})`),
    db.run(sql`INSERT INTO workshop_members (id, workshop_id, name, role, secret_hash)
      VALUES (${memberId}, ${workshopId}, ${input.facilitatorName}, 'facilitator', ${hashSecret(secret)})`),
    db.run(sql`INSERT INTO workshop_lists (id, workshop_id, title, position, created_by, updated_by)
      VALUES (${createId()}, ${workshopId}, ${input.listTitle ?? defaultListTitle}, 0, ${memberId}, ${memberId})`),
  ]);
  return {
    workshopId,
    member: { id: memberId, name: input.facilitatorName, role: "facilitator" as const },
    secret,
    joinCode: formatJoinCode(code),
  };
}

/** Adds a participant to the workshop whose code this is; the caller has counted the attempt. */
export async function joinWorkshop(db: Database, code: string, name: string) {
  const found = first(
    await db.all<{ id: string; status: string }>(
      sql`SELECT id, status FROM workshops WHERE join_code_hash = ${hashJoinCode(normalizeJoinCode(code))}`,
    ),
  );
  if (!found)
    throw new ApiError(404, "invalid_code", "No open workshop has this code. Check it with your facilitator.");
  if (found.status !== "open") throw closedError();
  const memberId = createId();
  const secret = createSecret();
  const [inserted] = await commit(db, [
    db.run(sql`INSERT INTO workshop_members (id, workshop_id, name, role, secret_hash)
      SELECT ${memberId}, ${found.id}, ${name}, 'participant', ${hashSecret(secret)}
      WHERE ${isOpen(found.id)} AND (SELECT count(*) FROM workshop_members WHERE workshop_id = ${found.id} AND removed_at IS NULL) < ${maxMembers}`),
    insertEvent(
      db,
      found.id,
      "member",
      sql`json_object('member', json(${memberJson}))`,
      sql`FROM workshop_members m WHERE m.id = ${memberId}`,
    ),
  ]);
  if (inserted.rowsAffected === 0) {
    throw new ApiError(409, "workshop_full", `This workshop already has ${maxMembers} members.`, undefined, {
      max: maxMembers,
    });
  }
  return { workshopId: found.id, member: { id: memberId, name, role: "participant" as const }, secret };
}

const settingColumns = {
  title: "title",
  territory: "territory",
  challenge: "challenge",
  language: "language",
  dotsPerMember: "dots_per_member",
  votesHidden: "votes_hidden",
} as const;

export async function updateSettings(db: Database, viewer: Viewer, change: SettingsChange) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const sets = Object.entries(settingColumns)
    .filter(([field]) => change[field as keyof typeof settingColumns] !== undefined)
    .map(([field, column]) => sql`${sql.raw(column)} = ${change[field as keyof typeof settingColumns]}`);
  const [updated, , state, settingsRows] = await commit(db, [
    db.run(sql`UPDATE workshops SET ${sql.join([...sets, sql`version = version + 1`], sql`, `)},
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), write_id = ${writeId}
      WHERE id = ${id} AND version = ${change.version} AND status = 'open'`),
    workshopEvent(db, id, writeId),
    readState(db, id),
    settingsOf(db, id),
  ]);
  const current = first(settingsRows);
  if (!current) throw workshopNotFound(id);
  const settings = toWorkshopSettings(parseJson<WorkshopRecord>(current.json));
  if (updated.rowsAffected === 0) {
    explainRefusal(state);
    throw conflictError("workshop", settings);
  }
  return settings;
}

/**
 * A switch (close, timer, phase lock): applied unless the workshop is closed, announced only if
 * something changed, and idempotent, so pressing twice is harmless.
 */
async function switchSetting(db: Database, viewer: Viewer, change: SQL, whenClosed: "refuse" | "accept" = "refuse") {
  const id = viewer.workshopId;
  const [, , rows] = await commit(db, [db.run(change), workshopEvent(db, id), settingsOf(db, id)]);
  const current = first(rows);
  if (!current) throw workshopNotFound(id);
  const settings = toWorkshopSettings(parseJson<WorkshopRecord>(current.json));
  if (settings.status === "closed" && whenClosed === "refuse") throw closedError();
  return settings;
}

export const closeWorkshop = (db: Database, viewer: Viewer) =>
  switchSetting(
    db,
    viewer,
    sql`UPDATE workshops SET status = 'closed', timer_ends_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
      WHERE id = ${viewer.workshopId} AND status = 'open'`,
    "accept",
  );

/** The facilitator opens a closed workshop again: members can change it and the join code works again. */
export const reopenWorkshop = (db: Database, viewer: Viewer) =>
  switchSetting(
    db,
    viewer,
    sql`UPDATE workshops SET status = 'open', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
      WHERE id = ${viewer.workshopId} AND status = 'closed'`,
  );

export const lockPhase = (db: Database, viewer: Viewer, phase: WorkshopPhase) =>
  switchSetting(
    db,
    viewer,
    sql`INSERT INTO workshop_phase_locks (workshop_id, phase, locked_by)
      SELECT ${viewer.workshopId}, ${phase}, ${viewer.memberId} WHERE ${isOpen(viewer.workshopId)}
      ON CONFLICT DO NOTHING`,
  );

export const unlockPhase = (db: Database, viewer: Viewer, phase: WorkshopPhase) =>
  switchSetting(
    db,
    viewer,
    sql`DELETE FROM workshop_phase_locks WHERE workshop_id = ${viewer.workshopId} AND phase = ${phase}
      AND ${isOpen(viewer.workshopId)}`,
  );

export const setTimer = (db: Database, viewer: Viewer, seconds: number, label: string) =>
  switchSetting(
    db,
    viewer,
    sql`UPDATE workshops SET timer_ends_at = ${Date.now() + seconds * 1000}, timer_label = ${label}
      WHERE id = ${viewer.workshopId} AND status = 'open'`,
  );

export const clearTimer = (db: Database, viewer: Viewer) =>
  switchSetting(
    db,
    viewer,
    sql`UPDATE workshops SET timer_ends_at = NULL, timer_label = NULL
      WHERE id = ${viewer.workshopId} AND timer_ends_at IS NOT NULL AND status = 'open'`,
  );

/** A new join code; the old one stops working. Members already in keep their links. */
export async function rotateJoinCode(db: Database, viewer: Viewer) {
  const code = createJoinCode();
  const result = await db.run(sql`UPDATE workshops SET join_code_hash = ${hashJoinCode(code)}
    WHERE id = ${viewer.workshopId} AND status = 'open'`);
  if (result.rowsAffected === 0) throw closedError();
  return { joinCode: formatJoinCode(code) };
}

const listOf = (db: Database, workshopId: string, listId: string) =>
  db.all<{ json: string }>(
    sql`SELECT ${listJson} AS json FROM workshop_lists l WHERE l.id = ${listId} AND l.workshop_id = ${workshopId}`,
  );

const listEvent = (db: Database, workshopId: string, listId: string, writeId: string) =>
  insertEvent(
    db,
    workshopId,
    "list",
    sql`json_object('list', json(${listJson}))`,
    sql`FROM workshop_lists l WHERE l.id = ${listId} AND l.write_id = ${writeId}`,
  );

export async function createList(db: Database, viewer: Viewer, title: string) {
  const id = viewer.workshopId;
  const listId = createId();
  const writeId = createWriteId();
  const [inserted, , state, rows] = await commit(db, [
    db.run(sql`INSERT INTO workshop_lists (id, workshop_id, title, position, created_by, updated_by, write_id)
      SELECT ${listId}, ${id}, ${title},
        (SELECT COALESCE(max(position), -1) + 1 FROM workshop_lists WHERE workshop_id = ${id}),
        ${viewer.memberId}, ${viewer.memberId}, ${writeId}
      WHERE ${isOpen(id)}`),
    listEvent(db, id, listId, writeId),
    readState(db, id),
    listOf(db, id, listId),
  ]);
  const current = first(rows);
  if (inserted.rowsAffected === 0 || !current) {
    explainRefusal(state);
    throw closedError();
  }
  return toList(parseJson<ListRecord>(current.json));
}

export async function renameList(db: Database, viewer: Viewer, listId: string, title: string, version: number) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const [updated, , state, rows] = await commit(db, [
    db.run(sql`UPDATE workshop_lists SET title = ${title}, version = version + 1, updated_by = ${viewer.memberId},
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), write_id = ${writeId}
      WHERE id = ${listId} AND workshop_id = ${id} AND version = ${version} AND removed_at IS NULL AND ${isOpen(id)}`),
    listEvent(db, id, listId, writeId),
    readState(db, id),
    listOf(db, id, listId),
  ]);
  const current = first(rows);
  const list = current ? toList(parseJson<ListRecord>(current.json)) : undefined;
  if (!list || list.removed) throw notFound("list", listId);
  if (updated.rowsAffected === 0) {
    explainRefusal(state);
    throw conflictError("list", list);
  }
  return list;
}

/** The facilitator removes a list; its steps stay in the database with their history. */
export async function removeList(db: Database, viewer: Viewer, listId: string) {
  const id = viewer.workshopId;
  const writeId = createWriteId();
  const [updated, , state, rows] = await commit(db, [
    db.run(sql`UPDATE workshop_lists SET removed_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
        removed_by = ${viewer.memberId}, write_id = ${writeId}
      WHERE id = ${listId} AND workshop_id = ${id} AND removed_at IS NULL AND ${isOpen(id)}`),
    listEvent(db, id, listId, writeId),
    readState(db, id),
    listOf(db, id, listId),
  ]);
  const current = first(rows);
  const list = current ? toList(parseJson<ListRecord>(current.json)) : undefined;
  if (!list || (list.removed && updated.rowsAffected === 0)) throw notFound("list", listId);
  if (updated.rowsAffected === 0) explainRefusal(state);
  return list;
}
