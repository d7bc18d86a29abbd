/**
 * A record's document is the record as a data file holds it: the one shape that the data files, the
 * database's history, contributions, imports and exports share, validated by the data-file schemas.
 */
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { RecordKind } from "../schema.ts";
import { caseRecord, currencyRecord, stakeholderRecord } from "../seed/data-schema.ts";

export const documentSchemas = {
  case: caseRecord,
  stakeholder: stakeholderRecord,
  currency: currencyRecord,
} as const satisfies Record<RecordKind, z.ZodType>;

export type RecordDocument<K extends RecordKind = RecordKind> = z.infer<(typeof documentSchemas)[K]>;

/** JSON with object keys sorted, so that two documents with the same content have the same text. */
export function toCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The hash of a document's content, whatever the order of its keys. */
export function toDocumentHash(doc: object): string {
  return createHash("sha256").update(toCanonicalJson(doc)).digest("hex");
}

/** Validates a document of a kind; the result has the schema's defaults filled in. */
export function parseDocument<K extends RecordKind>(kind: K, doc: unknown): RecordDocument<K> {
  return documentSchemas[kind].parse(doc) as RecordDocument<K>;
}
