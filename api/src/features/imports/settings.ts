/**
 * How a file is read and mapped, as the curator edits it, saves it as a named preset, or passes it to
 * the command line with `--mapping FILE`: reading options, which column fills which field, how values
 * map to keys, and the source every imported fact cites.
 */
import { locationPrecisions } from "@atlas/db/schema";
import { z } from "zod";
import { textEncodings } from "./decode.ts";
import { importKinds } from "./fields.ts";
import { importFormats } from "./table.ts";

/** The file or platform the rows come from, cited by every record of the batch. */
export const batchSourceSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL"),
  publisher: z.string().trim().min(1).max(200).optional(),
  year: z.number().int().min(1800).max(2100).optional(),
  accessed: z.iso.date().optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
});
export type BatchSource = z.infer<typeof batchSourceSchema>;

export const importSettingsSchema = z.strictObject({
  kind: z.enum(importKinds),
  format: z.enum(importFormats).optional(),
  encoding: z.enum(textEncodings).optional(),
  delimiter: z.string().min(1).max(1).optional(),
  /** Field -> column header; a field left out is guessed from the header names, null leaves it empty. */
  columns: z.record(z.string(), z.string().nullable()).default({}),
  /** Value target (country, stakeholderType, phase…) -> value token -> key, or null to leave the value out. */
  values: z.record(z.string(), z.record(z.string(), z.string().nullable())).default({}),
  source: batchSourceSchema.optional(),
  /** What the file's coordinates stand for; the data files require it with every point. */
  locationPrecision: z.enum(locationPrecisions).default("site"),
  /** Values for rows whose cell is empty (a file of one country, or of one type of organisation). */
  defaults: z.record(z.string(), z.string()).default({}),
  /** Whether a row that looks like an existing record or an earlier row is imported anyway. */
  importDuplicates: z.boolean().default(false),
  /** How close two points must be (km) for similar names in the same country to count as one. */
  duplicateDistanceKm: z.number().min(0).max(500).default(5),
});

export type ImportSettings = z.infer<typeof importSettingsSchema>;
export type ImportSettingsInput = z.input<typeof importSettingsSchema>;
