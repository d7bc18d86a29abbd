/**
 * A record's document is the record as a data file holds it: the one shape that the data files, the
 * database's history, contributions, imports and exports share, validated by the data-file schemas.
 * Its translations ride along under `translations` (by language, each as its translation file holds
 * it), so that a revision, a restore or an export carries the record in every language at once.
 */
import { createHash } from "node:crypto";
import type { z } from "zod";
import { type RecordKind, type TranslationLocale, translationLocales } from "../schema.ts";
import {
  caseRecord,
  currencyRecord,
  stakeholderRecord,
  type TranslationFile,
  translationFile,
} from "../seed/data-schema.ts";
import type { TranslatableKind } from "../seed/translatable.ts";

export const documentSchemas = {
  case: caseRecord,
  stakeholder: stakeholderRecord,
  currency: currencyRecord,
} as const satisfies Record<RecordKind, z.ZodType>;

export type RecordDocument<K extends RecordKind = RecordKind> = z.infer<(typeof documentSchemas)[K]>;

/** The folder name of a kind among the data files (and translation files). */
export const kindFolders = {
  case: "cases",
  stakeholder: "stakeholders",
  currency: "currencies",
} as const satisfies Record<RecordKind, TranslatableKind>;

export type DocumentTranslations = Partial<Record<TranslationLocale, object>>;

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

/** A document without its translations, and its translations. */
export function splitDocument(doc: object): { record: object; translations: DocumentTranslations } {
  const { translations, ...record } = doc as { translations?: DocumentTranslations };
  return { record, translations: translations ?? {} };
}

/** Validates a document of a kind (not its translations); the result has the schema's defaults filled in. */
export function parseDocument<K extends RecordKind>(kind: K, doc: object): RecordDocument<K> {
  return documentSchemas[kind].parse(splitDocument(doc).record) as RecordDocument<K>;
}

/** Validates the translations of a document, by language. */
export function parseTranslations(doc: object): [TranslationLocale, TranslationFile][] {
  const { translations } = splitDocument(doc);
  return translationLocales.flatMap((locale) => {
    const file = translations[locale];
    return file ? [[locale, translationFile.parse(file)] as [TranslationLocale, TranslationFile]] : [];
  });
}
