/** What the import command does, apart from reading its arguments, so tests can run it on a database. */
import type { Database } from "@atlas/db/client";
import { ZodError } from "zod";
import { readImportContext } from "./context.ts";
import { planImport } from "./plan.ts";
import { toPreview } from "./preview.ts";
import { readImportFile } from "./read-file.ts";
import { type BatchSource, type ImportSettings, importSettingsSchema } from "./settings.ts";
import { undoBatch } from "./undo.ts";
import { ImportError, writeBatch } from "./write-batch.ts";

export interface ImportCommand {
  bytes: Uint8Array;
  fileName: string;
  kind: ImportSettings["kind"];
  /** The `--mapping` file's content: settings without (or with the same) kind. */
  mapping: unknown;
  source?: Partial<BatchSource>;
  dryRun: boolean;
  publish: boolean;
  strict: boolean;
  writeReport?: (json: string) => Promise<void>;
  print: (line: string) => void;
}

/** Runs an import or its dry run and prints what happened; returns the exit code. */
export async function runImport(db: Database, command: ImportCommand): Promise<number> {
  const { print } = command;
  let settings: ImportSettings;
  try {
    const mapping = (command.mapping ?? {}) as Record<string, unknown>;
    const source = command.source?.url ? dropUndefined(command.source) : mapping.source;
    settings = importSettingsSchema.parse({ ...mapping, kind: command.kind, ...(source ? { source } : {}) });
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    for (const i of error.issues) print(`mapping: ${i.path.join(".") || "(file)"}: ${i.message}`);
    return 2;
  }
  const table = readImportFile(command.bytes, settings);
  const ctx = await readImportContext(db, settings.kind);
  const plan = planImport(ctx, table, settings);
  const { report } = plan;
  print(
    `${command.fileName}: ${table.format}, ${table.encoding}${table.delimiter ? `, delimiter ${JSON.stringify(table.delimiter)}` : ""}`,
  );
  print(
    `columns: ${Object.entries(plan.columns)
      .map(([f, c]) => `${f} <- "${c}"`)
      .join(", ")}`,
  );
  for (const field of toPreview(ctx, table, settings).values) {
    const unmapped = field.values.filter((v) => v.key === undefined);
    if (unmapped.length === 0) continue;
    const list = unmapped
      .slice(0, 12)
      .map((v) => `"${v.value}" (${v.count})`)
      .join(", ");
    print(`unmapped ${field.target} in "${field.column}": ${list}${unmapped.length > 12 ? ", …" : ""}`);
  }
  print(
    `rows ${report.rows}, ok ${report.ok}, warnings ${report.warnings}, errors ${report.errors}, duplicates ${report.duplicates}`,
  );
  await command.writeReport?.(`${JSON.stringify(report, null, 2)}\n`);
  const failed = command.strict && report.errors > 0 ? 1 : 0;
  if (command.dryRun) {
    print("dry run: nothing written");
    return failed;
  }
  try {
    const written = await writeBatch(db, plan, settings, {
      publish: command.publish,
      fileName: command.fileName,
      curatorId: null,
      onProgress: (done, total) => print(`  ${done}/${total}`),
    });
    const as = written.publish ? "published" : "proposals in the review queue";
    print(`imported ${written.imported} rows as ${as}, batch ${written.batchId}`);
    print(`undo with: npm run import -- --undo ${written.batchId}`);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    print(`not imported: ${error.message}`);
    return 2;
  }
  return failed;
}

export async function runUndo(db: Database, batchId: string, print: (line: string) => void): Promise<number> {
  try {
    const result = await undoBatch(db, batchId, null);
    print(
      `batch ${batchId} undone: ${result.withdrawn} proposals withdrawn, ${result.deleted} records deleted, ${result.sourcesRemoved} sources removed`,
    );
    for (const k of result.kept) print(`  kept ${k.kind} ${k.id}: ${k.reason}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    print(error.message);
    return 1;
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
