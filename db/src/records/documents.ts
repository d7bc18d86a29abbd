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

/**
 * A document as given, with each of its strings as its schema normalises them (trimmed, line ends as
 * "\n", names without invisible or direction-changing characters, see text.ts). The defaults the
 * schema fills in stay out, as in the data files; translations are kept as given.
 */
export function toNormalisedDocument(kind: RecordKind, doc: Record<string, unknown>): Record<string, unknown> {
  return takeStrings(doc, parseDocument(kind, doc)) as Record<string, unknown>;
}

/** `given` with each string replaced by the string at the same place in `parsed`, when there is one. */
function takeStrings(given: unknown, parsed: unknown): unknown {
  if (typeof given === "string") return typeof parsed === "string" ? parsed : given;
  const at = (key: string | number) => (parsed && typeof parsed === "object" ? (parsed as never)[key] : undefined);
  if (Array.isArray(given)) return given.map((value, i) => takeStrings(value, at(i)));
  if (!given || typeof given !== "object") return given;
  return Object.fromEntries(Object.entries(given).map(([key, value]) => [key, takeStrings(value, at(key))]));
}
