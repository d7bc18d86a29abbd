/** The gauges read at each scrape: what the process holds open and how safe its data is. */
import type { Database } from "@atlas/db/client";
import { eventHub } from "../features/workshops/hub.ts";
import { lastBackupTime } from "./backups.ts";
import type { Metrics } from "./metrics.ts";

export function registerGauges(
  metrics: Metrics,
  sources: { db: Database; backupDir: string; workerQueue: () => number },
): void {
  const { db, backupDir } = sources;
  metrics.gauge(
    "atlas_event_streams_open",
    "Workshop event streams open on this process",
    () => eventHub(db).stats().streams,
  );
  metrics.gauge(
    "atlas_workshop_members_online",
    "Workshop members with at least one event stream open on this process",
    () => eventHub(db).stats().members,
  );
  metrics.gauge("atlas_worker_queue_length", "Tasks waiting for a worker thread", sources.workerQueue);
  metrics.gauge("atlas_database_size_bytes", "Size of the database's pages (without its WAL)", async () => {
    const [count, size] = await db.$client.batch(["PRAGMA page_count", "PRAGMA page_size"], "read");
    return Number(count?.rows[0]?.[0]) * Number(size?.rows[0]?.[0]);
  });
  metrics.gauge(
    "atlas_backup_last_timestamp_seconds",
    "When the newest backup in BACKUP_DIR was written (absent when there is none)",
    async () => {
      const last = await lastBackupTime(backupDir);
      return last ? last.getTime() / 1000 : undefined;
    },
  );
  metrics.gauge(
    "atlas_backup_age_seconds",
    "Age of the newest backup in BACKUP_DIR (absent when there is none)",
    async () => {
      const last = await lastBackupTime(backupDir);
      return last ? (Date.now() - last.getTime()) / 1000 : undefined;
    },
  );
}
