/**
 * Writing a planned import as one batch: a row in import_batches, then the rows in chunks, either as
 * proposals in the review queue (channel "import") or published at once through `publishBundle`, each
 * chunk one guarded transaction, so a long file shows progress and the server keeps serving meanwhile.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Database } from "@atlas/db/client";
import { publishBundle, type RecordBundle } from "@atlas/db/records/bundle";
import type { Statement } from "@atlas/db/records/statements";
import { type RecordChange, recordChangeStatements, runGuarded } from "@atlas/db/records/write";
import { importBatches, proposals } from "@atlas/db/schema";
import type { ImportPlan, PlannedRow } from "./plan.ts";
import type { ImportSettings } from "./settings.ts";

export interface WriteOptions {
  publish: boolean;
  fileName: string;
  curatorId: string | null;
  /** The batch's id, when the caller answers with it before the batch is written. */
  batchId?: string;
  /** Called after each chunk with the rows written so far and the rows to write. */
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
}

export interface WrittenBatch {
  batchId: string;
  /** Rows written (as proposals or published records). */
  imported: number;
  publish: boolean;
}

export class ImportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A batch id to type or paste: "imp-" and 12 base32 characters. */
export function newBatchId(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  return `imp-${[...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join("")}`;
}

export async function writeBatch(
  db: Database,
  plan: ImportPlan,
  settings: ImportSettings,
  options: WriteOptions,
): Promise<WrittenBatch> {
  if (!plan.source) throw new ImportError("missing_source", "Name the source every imported record will cite");
  const rows = plan.rows.filter((r) => r.bundle);
  const batchId = options.batchId ?? newBatchId();
  const createdSources = [
    ...new Set(rows.flatMap((r) => (r.bundle?.sources ?? []).map((s) => String((s as { id: string }).id)))),
  ];
  const batchRow = db.insert(importBatches).values({
    id: batchId,
    kind: settings.kind,
    fileName: options.fileName,
    publish: options.publish,
    status: "done",
    settings,
    report: { ...plan.report, imported: rows.length, createdSources },
    createdBy: options.curatorId,
  });
  const size = options.chunkSize ?? 250;
  for (let start = 0; start === 0 || start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const statements = options.publish
      ? await publishStatements(db, chunk, settings, options, batchId)
      : proposalStatements(db, chunk, settings, batchId);
    await runGuarded(db, start === 0 ? [batchRow, ...statements] : statements);
    options.onProgress?.(Math.min(start + size, rows.length), rows.length);
  }
  return { batchId, imported: rows.length, publish: options.publish };
}

function proposalStatements(db: Database, rows: PlannedRow[], settings: ImportSettings, batchId: string): Statement[] {
  if (rows.length === 0) return [];
  const proposer = settings.source?.publisher ?? settings.source?.title ?? null;
  const values = rows.map((r) => ({
    id: randomUUID(),
    kind: settings.kind,
    action: "create" as const,
    targetId: r.id as string,
    body: JSON.stringify({ bundle: r.bundle }),
    channel: "import" as const,
    country: r.country ?? null,
    proposerName: proposer,
    batchId,
  }));
  const statements: Statement[] = [];
  for (let i = 0; i < values.length; i += 100) statements.push(db.insert(proposals).values(values.slice(i, i + 100)));
  return statements;
}

/**
 * Each new source travels with the first bundle of the chunk that cites it (publishBundle places a
 * bundle's sources before the chunk is written, so two bundles must not both bring one); a later
 * chunk finds it by its address.
 */
async function publishStatements(
  db: Database,
  rows: PlannedRow[],
  settings: ImportSettings,
  options: WriteOptions,
  batchId: string,
): Promise<Statement[]> {
  const carried = new Set<string>();
  const statements: Statement[] = [];
  const changes: RecordChange[] = [];
  for (const row of rows) {
    const bundle = row.bundle as RecordBundle;
    const sources = (bundle.sources ?? []).filter((s) => {
      const url = String(s.url);
      if (carried.has(url)) return false;
      carried.add(url);
      return true;
    });
    const published = await publishBundle(
      db,
      settings.kind,
      { ...bundle, sources },
      {
        action: "import",
        origin: "import",
        curatorId: options.curatorId,
        batchId,
        reason: `Imported from ${options.fileName}`,
      },
    );
    statements.push(...published.statements);
    changes.push(...published.changes);
  }
  return [...statements, ...recordChangeStatements(db, changes)];
}
