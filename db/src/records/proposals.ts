/**
 * What a proposal holds, by action: a bundle for a new record, a correction of one field of a
 * published record (with the source that supports the new value), or a whole new version of a record
 * (a data file that changed after people changed its record).
 */
import { z } from "zod";
import { sourceRecord } from "../seed/data-schema.ts";
import { userText } from "../text.ts";
import type { RecordBundle } from "./bundle.ts";

/** A field path such as `summary`, `startYear`, `phase` or `translations.es.summary`. */
const fieldPath = z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9-]+)*$/, "must name a field");

export const correctionSchema = z.strictObject({
  field: fieldPath,
  value: z.union([
    userText({ max: 20_000 }),
    z.number(),
    z.boolean(),
    z.array(userText({ max: 200 })).max(100),
    z.null(),
  ]),
  source: sourceRecord,
  note: userText({ max: 4_000 }).optional(),
});
export type Correction = z.infer<typeof correctionSchema>;

export type ProposalBody = { bundle: RecordBundle } | { correction: Correction } | { doc: Record<string, unknown> };
