/**
 * Imports that are being written: the route answers as soon as the batch is planned, and the rows are
 * written chunk by chunk behind it, so a long file shows a progress bar (the page polls the batch)
 * and the server keeps serving. Progress lives in this process; the batch row is the lasting record.
 */
import type { Database } from "@atlas/db/client";
import type { ImportPlan } from "./plan.ts";
import type { ImportSettings } from "./settings.ts";
import { newBatchId, writeBatch } from "./write-batch.ts";

export interface JobProgress {
  kind: ImportSettings["kind"];
  fileName: string;
  publish: boolean;
  createdAt: string;
  done: number;
  total: number;
  error: string | null;
}

const jobs = new Map<string, JobProgress>();
/** Finished jobs are forgotten (the batch row says "done"); failed ones are kept, up to this many. */
const keptFailures = 50;

export function jobProgress(batchId: string): JobProgress | undefined {
  return jobs.get(batchId);
}

export interface StartOptions {
  publish: boolean;
  fileName: string;
  curatorId: string;
  /** Called when the batch is written (or failed), for tests and the audit log. */
  onSettled?: (error: unknown) => Promise<void> | void;
}

/** Starts writing a planned batch; answers its id at once. */
export function startBatch(db: Database, plan: ImportPlan, settings: ImportSettings, options: StartOptions) {
  const batchId = newBatchId();
  const total = plan.rows.filter((r) => r.bundle).length;
  const progress: JobProgress = {
    kind: settings.kind,
    fileName: options.fileName,
    publish: options.publish,
    createdAt: new Date().toISOString(),
    done: 0,
    total,
    error: null,
  };
  jobs.set(batchId, progress);
  const onProgress = (done: number) => {
    progress.done = done;
  };
  const written = writeBatch(db, plan, settings, { ...options, batchId, onProgress });
  written
    .then(
      async () => {
        jobs.delete(batchId);
        await options.onSettled?.(undefined);
      },
      async (error: unknown) => {
        progress.error = error instanceof Error ? error.message : String(error);
        forgetOldFailures();
        await options.onSettled?.(error);
      },
    )
    // The audit entry failing must not take the server down; the batch row is written either way.
    .catch(() => undefined);
  return { batchId, total };
}

function forgetOldFailures() {
  const failed = [...jobs].filter(([, p]) => p.error !== null);
  for (const [id] of failed.slice(0, Math.max(0, failed.length - keptFailures))) jobs.delete(id);
}
