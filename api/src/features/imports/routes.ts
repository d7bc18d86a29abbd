/**
 * The imports API, for curators: upload a file, preview how it reads and maps, dry-run it, import it
 * as one batch (proposals or published), follow the batch's progress, undo it, and keep named presets.
 * The command line (`npm run import`) runs the same functions.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { ApiError } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { jsonWrites } from "../../http/json-writes.ts";
import { noStore } from "../../http/no-store.ts";
import { failure, jsonBody, ok } from "../../http/openapi.ts";
import { auditStatement } from "../accounts/commands.ts";
import { requireCurator } from "../accounts/guard.ts";
import { listBatches, readBatch } from "./batches.ts";
import { readImportContext } from "./context.ts";
import { fieldSpecs } from "./fields.ts";
import { readStoredFile, storeFile, toTable } from "./files.ts";
import { startBatch } from "./jobs.ts";
import { planImport } from "./plan.ts";
import { assertPreset, deletePresetStatement, listPresets, savePresetStatement } from "./presets.ts";
import { toPreview } from "./preview.ts";
import { toReportCsv } from "./report.ts";
import * as s from "./schema.ts";
import { undoBatch } from "./undo.ts";
import { ImportError } from "./write-batch.ts";

const tags = ["imports"];
const security = [{ curatorSession: [] }];
const failures = {
  400: failure("A parameter, the body or the file is not valid; details name each field"),
  401: failure("Not signed in as a curator"),
  403: failure("The write lacks the session's CSRF token or comes from another site"),
  404: failure("No such file, batch or preset"),
  409: failure("The batch is still being written or is already undone"),
  413: failure("The file is too large"),
};
const reads = { 401: failures[401], 404: failures[404] };
const writes = { 400: failures[400], 401: failures[401], 403: failures[403], 404: failures[404] };

const upload = createRoute({
  method: "post",
  path: "/imports/files",
  tags,
  security,
  summary: "Upload a CSV or GeoJSON file (base64, up to 16 MB) to preview, dry-run and import",
  request: jsonBody(s.uploadBody),
  responses: { 201: ok(s.uploaded, "Stored"), ...writes, 413: failures[413] },
});
const preview = createRoute({
  method: "post",
  path: "/imports/files/{id}/preview",
  tags,
  security,
  summary:
    "How the file reads with these settings: columns guessed or chosen, a sample, distinct values and their mapping",
  request: { params: s.fileParams, ...jsonBody(s.settingsBody) },
  responses: { 200: ok(s.preview, "The preview"), ...writes },
});
const dryRun = createRoute({
  method: "post",
  path: "/imports/files/{id}/dry-run",
  tags,
  security,
  summary: "The dry run: counts and one report item per row (ok, warning or error, with column and reason)",
  request: { params: s.fileParams, ...jsonBody(s.settingsBody) },
  responses: { 200: ok(s.dryRun, "The report"), ...writes },
});
const reportCsv = createRoute({
  method: "post",
  path: "/imports/files/{id}/report.csv",
  tags,
  security,
  summary: "The dry run's report as CSV, one line per message",
  request: { params: s.fileParams, ...jsonBody(s.settingsBody) },
  responses: { 200: { description: "CSV (RFC 4180)", content: { "text/csv": { schema: z.string() } } }, ...writes },
});
const importFile = createRoute({
  method: "post",
  path: "/imports/files/{id}/batches",
  tags,
  security,
  summary:
    "Import the rows the dry run passes as one batch, as proposals or published; follow it at /imports/batches/{id}",
  request: { params: s.fileParams, ...jsonBody(s.importBody) },
  responses: { 201: ok(s.started, "Started"), ...writes },
});
const batches = createRoute({
  method: "get",
  path: "/imports/batches",
  tags,
  security,
  summary: "Import batches, newest first",
  responses: { 200: ok(s.batches, "Batches"), 401: failures[401] },
});
const batch = createRoute({
  method: "get",
  path: "/imports/batches/{id}",
  tags,
  security,
  summary: "A batch: its counts, and its progress while it is written",
  request: { params: s.batchParams },
  responses: { 200: ok(s.batch, "The batch"), ...reads, 400: failures[400] },
});
const undo = createRoute({
  method: "post",
  path: "/imports/batches/{id}/undo",
  tags,
  security,
  summary: "Undo a whole batch: withdraw its proposals, delete what it published (kept: what was edited or used since)",
  request: { params: s.batchParams, ...jsonBody(z.object({})) },
  responses: { 200: ok(s.undone, "Undone"), ...writes, 409: failures[409] },
});
const presets = createRoute({
  method: "get",
  path: "/imports/presets",
  tags,
  security,
  summary: "Saved mappings",
  request: { query: s.presetsQuery },
  responses: { 200: ok(s.presets, "Presets"), 400: failures[400], 401: failures[401] },
});
const savePreset = createRoute({
  method: "put",
  path: "/imports/presets/{name}",
  tags,
  security,
  summary: "Save a mapping under a name (replacing one of the same name)",
  request: { params: s.presetParams, ...jsonBody(s.presetBody) },
  responses: { 204: { description: "Saved" }, ...writes },
});
const deletePreset = createRoute({
  method: "delete",
  path: "/imports/presets/{name}",
  tags,
  security,
  summary: "Delete a saved mapping",
  request: { params: s.presetParams },
  responses: { 204: { description: "Deleted" }, ...writes },
});

const app = featureApp();
// Base64 adds a third to a 16 MB upload; every other body is at most a few kilobytes of settings.
const uploadWrites = jsonWrites({ maxBytes: 23 * 2 ** 20 });
const settingsWrites = jsonWrites({ maxBytes: 2 ** 20 });
app.use("/imports/*", noStore, (c, next) =>
  (c.req.path.endsWith("/imports/files") ? uploadWrites : settingsWrites)(c, next),
);

export const importsRoutes = app
  .openapi(upload, async (c) => {
    const curator = await requireCurator(c);
    const { name, content } = c.req.valid("json");
    const bytes = Buffer.from(content, "base64");
    if (bytes.length > s.maxFileBytes)
      throw new ApiError(413, "payload_too_large", "The file is larger than 16 MB.", [
        { parameter: "file", message: "is larger than 16 MB" },
      ]);
    const stored = await storeFile(c.env.db, name, bytes, curator.curatorId);
    return c.json(stored, 201);
  })
  .openapi(preview, async (c) => {
    await requireCurator(c);
    const file = await readStoredFile(c.env.db, c.req.valid("param").id);
    const { settings } = c.req.valid("json");
    const ctx = await readImportContext(c.env.db, settings.kind);
    const shown = toPreview(ctx, toTable(file, settings), settings);
    const fields = fieldSpecs[settings.kind];
    const choices = Object.fromEntries(
      fields.flatMap((f) => (f.target ? [[f.target, [...(ctx.indexes.get(f.target)?.keys ?? [])].sort()]] : [])),
    );
    return c.json(
      {
        ...shown,
        file: { id: file.id, name: file.name },
        fields: fields.map((f) => ({
          name: f.name,
          type: f.type,
          required: f.required ?? false,
          target: f.target ?? null,
        })),
        choices,
      },
      200,
    );
  })
  .openapi(dryRun, async (c) => {
    await requireCurator(c);
    const file = await readStoredFile(c.env.db, c.req.valid("param").id);
    const { settings } = c.req.valid("json");
    const ctx = await readImportContext(c.env.db, settings.kind);
    const { columns, report, rows } = planImport(ctx, toTable(file, settings), settings);
    return c.json({ columns, importable: rows.filter((r) => r.bundle).length, report }, 200);
  })
  .openapi(reportCsv, async (c) => {
    await requireCurator(c);
    const file = await readStoredFile(c.env.db, c.req.valid("param").id);
    const { settings } = c.req.valid("json");
    const ctx = await readImportContext(c.env.db, settings.kind);
    const { report } = planImport(ctx, toTable(file, settings), settings);
    const name = file.name.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "-") || "import";
    return c.body(toReportCsv(report), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}-dry-run.csv"`,
    });
  })
  .openapi(importFile, async (c) => {
    const curator = await requireCurator(c);
    const file = await readStoredFile(c.env.db, c.req.valid("param").id);
    const { settings, publish } = c.req.valid("json");
    if (!settings.source)
      throw new ApiError(400, "missing_source", "Name the source every imported record will cite.", [
        { parameter: "settings", path: "settings.source", message: "name the source" },
      ]);
    const ctx = await readImportContext(c.env.db, settings.kind);
    const plan = planImport(ctx, toTable(file, settings), settings);
    if (!plan.rows.some((r) => r.bundle))
      throw new ApiError(400, "nothing_to_import", "No row of the file can be imported; see the dry run's report.");
    const { db } = c.env;
    const started = startBatch(db, plan, settings, {
      publish,
      fileName: file.name,
      curatorId: curator.curatorId,
      onSettled: async (error) => {
        const detail = {
          file: file.name,
          publish,
          rows: plan.report.rows,
          ...(error ? { failed: String(error) } : {}),
        };
        await auditStatement(db, curator.curatorId, "import.batch", { kind: "import", id: started.batchId }, detail);
      },
    });
    return c.json(started, 201);
  })
  .openapi(batches, async (c) => {
    await requireCurator(c);
    return c.json(await listBatches(c.env.db), 200);
  })
  .openapi(batch, async (c) => {
    await requireCurator(c);
    return c.json(await readBatch(c.env.db, c.req.valid("param").id), 200);
  })
  .openapi(undo, async (c) => {
    const curator = await requireCurator(c);
    const { id } = c.req.valid("param");
    const current = await readBatch(c.env.db, id);
    if (current.status === "running")
      throw new ApiError(409, "still_running", "The batch is still being written; undo it once it is done.");
    try {
      const result = await undoBatch(c.env.db, id, curator.curatorId);
      await auditStatement(c.env.db, curator.curatorId, "import.undo", { kind: "import", id });
      return c.json(result, 200);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      throw new ApiError(error.code === "not_found" ? 404 : 409, error.code, error.message);
    }
  })
  .openapi(presets, async (c) => {
    await requireCurator(c);
    return c.json(await listPresets(c.env.db, c.req.valid("query").kind), 200);
  })
  .openapi(savePreset, async (c) => {
    const curator = await requireCurator(c);
    const { name } = c.req.valid("param");
    const { settings } = c.req.valid("json");
    await c.env.db.batch([
      savePresetStatement(c.env.db, name, settings, curator.curatorId),
      auditStatement(c.env.db, curator.curatorId, "import.preset.save", { kind: "import-preset", id: name }),
    ]);
    return c.body(null, 204);
  })
  .openapi(deletePreset, async (c) => {
    const curator = await requireCurator(c);
    const { name } = c.req.valid("param");
    await assertPreset(c.env.db, name);
    await c.env.db.batch([
      deletePresetStatement(c.env.db, name),
      auditStatement(c.env.db, curator.curatorId, "import.preset.delete", { kind: "import-preset", id: name }),
    ]);
    return c.body(null, 204);
  });
