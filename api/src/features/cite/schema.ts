/** The dataset's identity for citations: release, content hash, dates, licence and what it holds. */
import { z } from "@hono/zod-openapi";

export const datasetInfo = z
  .object({
    title: z.string(),
    publisher: z.string(),
    licence: z.object({ id: z.string(), url: z.string() }),
    version: z.string().openapi({ description: "the human release, from data/release.json", example: "1.0.0" }),
    released: z.string().openapi({ description: "date of that release, YYYY-MM-DD" }),
    hash: z.string().openapi({ description: "SHA-256 of the content served now (records, sources, vocabularies)" }),
    shortHash: z.string().openapi({ description: "the first 12 characters of the hash" }),
    label: z.string().openapi({ description: "release and content in one token", example: "1.0.0+a1b2c3d4e5f6" }),
    modified: z.string().openapi({ description: "when the content last changed, YYYY-MM-DD" }),
    counts: z.object({
      cases: z.number().int(),
      stakeholders: z.number().int(),
      currencies: z.number().int(),
      sources: z.number().int(),
    }),
  })
  .openapi("Dataset");

export type DatasetInfo = z.infer<typeof datasetInfo>;

/** What an export states about the data it holds (see export-metadata.ts). */
export const exportDatasetSchema = z
  .object({
    title: z.string(),
    version: z.string(),
    hash: z.string(),
    label: z.string(),
    modified: z.string(),
    licence: z.string(),
  })
  .openapi("ExportDataset", { description: "the dataset version this export comes from (see /api/dataset)" });
