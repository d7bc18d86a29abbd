/**
 * Keeps the change feed small. An event is needed only by a client that reconnects after missing
 * it; one away for longer than a day reloads the workshop instead. So events older than a day are
 * deleted, a bounded page at a time, at most once a minute per process, after a write. Each
 * workshop remembers the newest id pruned from its feed, so a client resuming from before it is
 * sent `reset` (events.ts) rather than a replay with a hole in it.
 */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";

export const feedRetentionMs = 24 * 3_600_000;
/** Events looked at per run: a short write even on a slow disk. */
export const prunePageSize = 1_000;
const pruneEveryMs = 60_000;

/**
 * Deletes the events older than the retention among the oldest `limit` (ids grow with time, so
 * the run reads no more than that), and records per workshop the newest id deleted, in one batch.
 * Answers how many were deleted.
 */
export async function pruneFeed(db: Database, { now = Date.now(), limit = prunePageSize } = {}): Promise<number> {
  const cutoff = new Date(now - feedRetentionMs).toISOString();
  const doomed = sql`SELECT id, workshop_id FROM (SELECT id, workshop_id, created_at FROM workshop_events
    ORDER BY id LIMIT ${limit}) WHERE created_at < ${cutoff}`;
  const [, deleted] = await db.batch([
    db.run(sql`UPDATE workshops SET events_pruned_through = max(events_pruned_through, d.id)
      FROM (SELECT workshop_id, max(id) AS id FROM (${doomed}) GROUP BY workshop_id) AS d
      WHERE workshops.id = d.workshop_id`),
    db.run(sql`DELETE FROM workshop_events WHERE id IN (SELECT id FROM (${doomed}))`),
  ]);
  return deleted.rowsAffected;
}

const nextRun = new WeakMap<Database, number>();

/** Starts a run if none has in the last minute; a run that found a full page lets the next write run again. */
export function pruneFeedSometimes(db: Database, now = Date.now()): void {
  if ((nextRun.get(db) ?? 0) > now) return;
  nextRun.set(db, now + pruneEveryMs);
  pruneFeed(db, { now })
    .then((deleted) => {
      if (deleted >= prunePageSize) nextRun.delete(db);
    })
    .catch((error) => console.error("pruning the workshop feed failed", error));
}
