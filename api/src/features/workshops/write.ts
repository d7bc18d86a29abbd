/**
 * How every workshop write is made: one atomic batch whose first statement is the guarded change
 * (a write, so the batch takes the write lock before reading), followed by statements that only
 * take effect if it applied (they test the row's `write_id`), the event row, and reads of the
 * resulting state for the answer, or for telling why the change was refused.
 */
import type { Database } from "@atlas/db/client";
import type { WorkshopPhase } from "@atlas/db/schema";
import { type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { ApiError } from "../../http/errors.ts";
import { listLockedSql, votingOpenSql } from "./agenda-sql.ts";
import { workshopNotFound } from "./auth.ts";
import { workshopEvent } from "./events.ts";
import { eventHub } from "./hub.ts";
import { pruneFeedSometimes } from "./prune.ts";
import {
  first,
  i,
  inLiveList,
  itemSnapshotJson,
  parseJson,
  selectSettings,
  toWorkshopSettings,
  type Viewer,
  type WorkshopRecord,
} from "./records.ts";

/**
 * Runs the batch, then wakes this process's event hub so its streams send the change at once, and
 * prunes the change feed when it is due.
 */
export async function commit<U extends BatchItem<"sqlite">, T extends Readonly<[U, ...U[]]>>(db: Database, batch: T) {
  const results = await db.batch(batch);
  eventHub(db).wake();
  pruneFeedSometimes(db);
  return results;
}

/** The workshop's settings from the rows of `selectSettings`; 404 when the workshop is gone. */
export function settingsOf(rows: { json: string }[], workshopId: string) {
  const current = first(rows);
  if (!current) throw workshopNotFound(workshopId);
  return toWorkshopSettings(parseJson<WorkshopRecord>(current.json));
}

/**
 * A guarded UPDATE of the workshop row, its `workshop` event (written if the row carries `writeId`,
 * or without one if the UPDATE changed a row) and the settings after it: whether it applied, and them.
 */
export async function writeSettings(db: Database, workshopId: string, update: SQL, writeId?: string) {
  const [updated, , rows] = await commit(db, [
    db.run(update),
    workshopEvent(db, workshopId, writeId),
    selectSettings(db, workshopId),
  ]);
  return { applied: updated.rowsAffected > 0, settings: settingsOf(rows, workshopId) };
}

/** The workshop is open (not closed). */
export const isOpen = (workshopId: string): SQL =>
  sql`EXISTS (SELECT 1 FROM workshops w WHERE w.id = ${workshopId} AND w.status = 'open')`;

/**
 * No lock on the phase given by an SQL expression (a column or a value), and the steps not locked
 * by the agenda (its closing item has begun): the two locks are one rule for every step write.
 */
export const isUnlocked = (workshopId: string, phase: SQL): SQL =>
  sql`NOT EXISTS (SELECT 1 FROM workshop_phase_locks pl WHERE pl.workshop_id = ${workshopId} AND pl.phase = ${phase})
    AND NOT ${listLockedSql(workshopId)}`;

/** The step `i` can take evidence and dots: live, in an open workshop, its phase not locked. */
export const isEditable = (workshopId: string, itemId: string) =>
  sql`i.id = ${itemId} AND i.workshop_id = ${workshopId} AND i.removed_at IS NULL AND ${inLiveList(i.listId)}
    AND ${isOpen(workshopId)} AND ${isUnlocked(workshopId, sql`i.phase`)}`;

/** Applied: the row of this step carries this request's write id. */
export const wrote = (itemId: string, writeId: string): SQL =>
  sql`EXISTS (SELECT 1 FROM workshop_items g WHERE g.id = ${itemId} AND g.write_id = ${writeId})`;

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

/** The workshop's status, locked phases and agenda gates, read inside a batch to explain a refusal. */
export const readState = (db: Database, workshopId: string) =>
  db.all<{ status: "open" | "closed"; locks: string; listLocked: number; votingOpen: number }>(sql`SELECT
    w.status AS status,
    json((SELECT json_group_array(phase) FROM workshop_phase_locks pl WHERE pl.workshop_id = w.id)) AS locks,
    ${listLockedSql(workshopId)} AS listLocked, ${votingOpenSql(workshopId)} AS votingOpen
    FROM workshops w WHERE w.id = ${workshopId}`);

export type State = Awaited<ReturnType<typeof readState>>;

export const closedError = () =>
  new ApiError(409, "workshop_closed", "The workshop is closed: it can still be read and exported, not changed.");

export const removedError = (itemId: string) =>
  new ApiError(409, "item_removed", `The step "${itemId}" has been removed by the facilitator.`);

export const lockedError = (phase: string) =>
  new ApiError(
    409,
    "phase_locked",
    `The ${phase} phase has been locked by the facilitator: reopen it to change it.`,
    undefined,
    {
      phase,
    },
  );

export const listLockedError = () =>
  new ApiError(
    409,
    "list_locked",
    "The steps are locked: the agenda has reached its closing item. The facilitator can go back to reopen them.",
  );

/**
 * Throws the refusal a closed workshop, the agenda's lock on the steps (when the change touches
 * steps of these phases) or a locked phase explains; returns if none does.
 */
export function explainRefusal(state: State, phases: (WorkshopPhase | undefined)[] = []): void {
  const row = first(state);
  if (!row || row.status === "closed") throw closedError();
  if (phases.length > 0 && row.listLocked) throw listLockedError();
  const locks = parseJson<string[]>(row.locks);
  const locked = phases.find((p) => p !== undefined && locks.includes(p));
  if (locked) throw lockedError(locked);
}

export function conflictError(what: string, current: Record<string, unknown>) {
  return new ApiError(
    409,
    "version_conflict",
    `This ${what} was changed by someone else since you loaded it; here is its current version.`,
    [{ current }],
  );
}
