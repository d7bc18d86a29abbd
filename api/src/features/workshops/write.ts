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
import { eventHub } from "./events.ts";
import { pruneFeedSometimes } from "./prune.ts";
import { parseJson } from "./records.ts";
import { createId } from "./secrets.ts";

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

/** A fresh id naming one request's write, for the guards of its batch. */
export const createWriteId = createId;

/** The workshop is open (not closed). */
export const isOpen = (workshopId: string): SQL =>
  sql`EXISTS (SELECT 1 FROM workshops w WHERE w.id = ${workshopId} AND w.status = 'open')`;

/** No lock on the phase given by an SQL expression (a column or a value). */
export const isUnlocked = (workshopId: string, phase: SQL): SQL =>
  sql`NOT EXISTS (SELECT 1 FROM workshop_phase_locks pl WHERE pl.workshop_id = ${workshopId} AND pl.phase = ${phase})`;

/** An event row, inserted from a SELECT so that it exists only when the guarded change applied. */
export const insertEvent = (db: Database, workshopId: string, type: string, payload: SQL, from: SQL) =>
  db.run(
    sql`INSERT INTO workshop_events (workshop_id, type, payload) SELECT ${workshopId}, ${type}, ${payload} ${from}`,
  );

/** The workshop's status and locked phases, read inside a batch to explain a refusal. */
export const readState = (db: Database, workshopId: string) =>
  db.all<{ status: "open" | "closed"; locks: string }>(sql`SELECT w.status AS status,
    json((SELECT json_group_array(phase) FROM workshop_phase_locks pl WHERE pl.workshop_id = w.id)) AS locks
    FROM workshops w WHERE w.id = ${workshopId}`);

export type State = Awaited<ReturnType<typeof readState>>;

/**
 * Reads that may find nothing use all() and take the first row: drizzle's get() on raw SQL throws
 * on an empty result (it normalises an undefined row), inside a batch too.
 */
export const first = <T>(rows: T[]): T | undefined => rows[0];

export const closedError = () =>
  new ApiError(409, "workshop_closed", "The workshop is closed: it can still be read and exported, not changed.");

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

/** Throws the refusal a closed workshop or a locked phase explains; returns if neither does. */
export function explainRefusal(state: State, phases: (WorkshopPhase | undefined)[] = []): void {
  const row = first(state);
  if (!row || row.status === "closed") throw closedError();
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
