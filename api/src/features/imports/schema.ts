/** The imports API contract: uploaded files, their preview and dry run, batches and presets. */
import { z } from "@hono/zod-openapi";
import { importKinds } from "./fields.ts";
import { importSettingsSchema } from "./settings.ts";

/** Uploads up to 16 MB: 10,000 rows of a rich export take about 3 MB. */
export const maxFileBytes = 16 * 2 ** 20;

const kind = z.enum(importKinds);
const status = z.enum(["ok", "warning", "error"]);

export const fileParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
});
export const batchParams = z.object({
  id: z
    .string()
    .regex(/^imp-[a-z2-9]{12}$/, "must be an import batch id")
    .openapi({ param: { name: "id", in: "path" } }),
});
export const presetParams = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .openapi({ param: { name: "name", in: "path" } }),
});

export const uploadBody = z.object({
  name: z.string().trim().min(1, "must not be empty").max(200),
  content: z
    .string()
    .max(Math.ceil(maxFileBytes / 3) * 4, "the file is larger than 16 MB")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64")
    .openapi({ description: "The file's bytes, base64" }),
});
export const uploaded = z.object({ id: z.string(), name: z.string(), bytes: z.number().int() });

export const settingsBody = z.object({ settings: importSettingsSchema });
export const importBody = z.object({
  settings: importSettingsSchema,
  publish: z.boolean().openapi({ description: "publish at once; otherwise the rows land as proposals" }),
});

const field = z.object({
  name: z.string(),
  type: z.string(),
  required: z.boolean(),
  target: z.string().nullable(),
});
const distinctValue = z.object({
  value: z.string(),
  token: z.string(),
  count: z.number().int(),
  key: z.string().nullable().optional(),
  how: z.enum(["mapping", "exact", "within", "none"]),
});
export const preview = z
  .object({
    file: z.object({ id: z.string(), name: z.string() }),
    format: z.enum(["csv", "geojson"]),
    encoding: z.string(),
    delimiter: z.string().nullable(),
    header: z.array(z.string()),
    rowCount: z.number().int(),
    columns: z.record(z.string(), z.string()),
    sample: z.array(z.array(z.string())),
    fields: z.array(field),
    values: z.array(
      z.object({
        field: z.string(),
        column: z.string(),
        target: z.string(),
        values: z.array(distinctValue),
        unmappedRows: z.number().int(),
      }),
    ),
    /** The keys a value of each target may map to (the web labels them in the reader's language). */
    choices: z.record(z.string(), z.array(z.string())),
  })
  .openapi("ImportPreview");

export const report = z
  .object({
    rows: z.number().int(),
    ok: z.number().int(),
    warnings: z.number().int(),
    errors: z.number().int(),
    duplicates: z.number().int(),
    items: z.array(
      z.object({
        row: z.number().int(),
        status,
        messages: z.array(
          z.object({
            column: z.string().nullable(),
            code: z.string(),
            level: z.enum(["warning", "error"]),
            /** The values the message names, for the web to say it in the reader's language. */
            params: z.record(z.string(), z.union([z.string(), z.number()])),
            /** The message in English. */
            message: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi("ImportReport");
export const dryRun = z.object({
  columns: z.record(z.string(), z.string()),
  /** Rows the import would write: those without errors, less duplicates unless they are imported anyway. */
  importable: z.number().int(),
  report,
});

export const batch = z
  .object({
    id: z.string(),
    kind,
    fileName: z.string(),
    publish: z.boolean(),
    status: z.enum(["running", "done", "failed", "undone"]),
    done: z.number().int(),
    total: z.number().int(),
    error: z.string().nullable(),
    counts: z.object({
      rows: z.number().int(),
      ok: z.number().int(),
      warnings: z.number().int(),
      errors: z.number().int(),
      duplicates: z.number().int(),
    }),
    createdBy: z.string().nullable(),
    createdAt: z.string().nullable(),
    undoneAt: z.string().nullable(),
  })
  .openapi("ImportBatch");
export const batches = z.object({ items: z.array(batch) });
export const started = z.object({ batchId: z.string(), total: z.number().int() });
export const undone = z.object({
  batchId: z.string(),
  withdrawn: z.number().int(),
  deleted: z.number().int(),
  sourcesRemoved: z.number().int(),
  kept: z.array(z.object({ kind: z.string(), id: z.string(), reason: z.string() })),
});

export const preset = z
  .object({
    name: z.string(),
    kind,
    settings: importSettingsSchema,
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  })
  .openapi("ImportPreset");
export const presets = z.object({ items: z.array(preset) });
export const presetsQuery = z.object({ kind: kind.optional() });
export const presetBody = z.object({ settings: importSettingsSchema });
