/** Import batches as curators see them: newest first, with their counts and, while written, progress. */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import { ApiError } from "../../http/errors.ts";
import { type JobProgress, jobProgress } from "./jobs.ts";
import type { ImportReport } from "./report.ts";

interface BatchRow {
  id: string;
  kind: "case" | "stakeholder";
  fileName: string;
  publish: number;
  status: "done" | "undone";
  report: string;
  createdBy: string | null;
  createdAt: string;
  undoneAt: string | null;
}

type Counts = Omit<ImportReport, "items">;
const noCounts: Counts = { rows: 0, ok: 0, warnings: 0, errors: 0, duplicates: 0 };

const select = sql`SELECT b.id, b.kind, b.file_name AS fileName, b.publish, b.status,
    json_remove(b.report, '$.items') AS report, c.name AS createdBy, b.created_at AS createdAt, b.undone_at AS undoneAt
  FROM import_batches b LEFT JOIN curators c ON c.id = b.created_by`;

function toBatch(row: BatchRow, job: JobProgress | undefined) {
  const report = JSON.parse(row.report) as Counts & { imported?: number };
  const { rows, ok, warnings, errors, duplicates } = report;
  const total = job?.total ?? report.imported ?? 0;
  const status = job?.error ? "failed" : job ? "running" : row.status;
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    publish: Boolean(row.publish),
    status,
    done: job ? job.done : total,
    total,
    error: job?.error ?? null,
    counts: { rows, ok, warnings, errors, duplicates },
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    undoneAt: row.undoneAt,
  } as const;
}

export async function listBatches(db: Database, limit = 50) {
  const rows = await db.all<BatchRow>(sql`${select} ORDER BY b.created_at DESC, b.id LIMIT ${limit}`);
  return { items: rows.map((r) => toBatch(r, jobProgress(r.id))) };
}

/** A batch; one whose first chunk is not written yet exists only as a job, and is answered from it. */
export async function readBatch(db: Database, id: string) {
  const [row] = await db.all<BatchRow>(sql`${select} WHERE b.id = ${id}`);
  const job = jobProgress(id);
  if (row) return toBatch(row, job);
  if (!job) throw new ApiError(404, "not_found", `No import batch "${id}"`);
  const { kind, fileName, publish, createdAt } = job;
  const placeholder: BatchRow = {
    id,
    kind,
    fileName,
    publish: Number(publish),
    status: "done",
    report: JSON.stringify(noCounts),
    createdBy: null,
    createdAt,
    undoneAt: null,
  };
  return toBatch(placeholder, job);
}
