/**
 * Applies a proposed correction to a document: the field takes the new value, the correction's source
 * joins the record's sources and becomes the source of that fact where the format names one
 * (`startYear` -> `startSource`, …); a translation (`translations.<locale>.<field>`) becomes the
 * text of that field's current English in that language. The result is validated like any document.
 */
import { type RecordKind, type TranslationLocale, translationLocales } from "../schema.ts";
import type { TranslationFile } from "../seed/data-schema.ts";
import { toNormalisedDocument } from "./documents.ts";
import type { Correction } from "./proposals.ts";

/** The field that names the source of a fact, where the data format has one. */
const factSources: Record<string, { field: string; list: boolean }> = {
  startYear: { field: "startSource", list: false },
  endYear: { field: "endSource", list: false },
  status: { field: "statusSource", list: false },
  statusYear: { field: "statusSource", list: false },
  launchYear: { field: "launchSource", list: false },
  outcomes: { field: "outcomesSources", list: true },
  lessons: { field: "lessonsSources", list: true },
};

/** Fields no correction may change: the id, and the source bookkeeping the correction itself maintains. */
const fixed = new Set(["id", "sources", "translations", ...Object.values(factSources).map((s) => s.field)]);

export class CorrectionError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "CorrectionError";
  }
}

export function applyCorrection(
  kind: RecordKind,
  doc: Record<string, unknown>,
  correction: Correction,
  options: { sourceId: string; translatedBy: string },
): Record<string, unknown> {
  const [head, locale, field] = correction.field.split(".");
  // A translation rests on the English it translates; any other change on the source given with it.
  const next: Record<string, unknown> =
    head === "translations"
      ? withTranslation(doc, locale, field, correction.value, options.translatedBy)
      : withSource(withField(doc, correction.field, correction.value, options.sourceId), options.sourceId);
  return toNormalisedDocument(kind, next);
}

function withSource(doc: Record<string, unknown>, sourceId: string): Record<string, unknown> {
  const sources = (doc.sources as string[] | undefined) ?? [];
  return sources.includes(sourceId) ? doc : { ...doc, sources: [...sources, sourceId] };
}

function withField(doc: Record<string, unknown>, field: string, value: unknown, sourceId: string) {
  if (field.includes(".") || fixed.has(field))
    throw new CorrectionError(`"${field}" cannot be corrected this way`, "field");
  const next: Record<string, unknown> = { ...doc };
  if (value === null || value === "") delete next[field];
  else next[field] = value;
  const source = factSources[field];
  if (source && value !== null && value !== "") {
    next[source.field] = source.list
      ? [...new Set([...((doc[source.field] as string[] | undefined) ?? []), sourceId])]
      : sourceId;
  }
  return next;
}

function withTranslation(
  doc: Record<string, unknown>,
  locale: string | undefined,
  field: string | undefined,
  value: unknown,
  translatedBy: string,
) {
  if (!translationLocales.includes(locale as TranslationLocale)) {
    throw new CorrectionError(`"${locale}" is not a language content is translated into`, "field");
  }
  if (locale === doc.language) {
    throw new CorrectionError(`the record is written in "${locale}": correct the field itself`, "field");
  }
  const en = field ? doc[field] : undefined;
  if (typeof en !== "string" || typeof value !== "string" || value.trim() === "") {
    throw new CorrectionError("a translation needs a field with English text and the translated text", "value");
  }
  const translations = { ...((doc.translations as Record<string, TranslationFile> | undefined) ?? {}) };
  const file = translations[locale as TranslationLocale] ?? {
    id: doc.id as string,
    translatedBy,
    method: "human" as const,
    reviewed: false,
    strings: [],
  };
  const strings = file.strings.filter((e) => e.en !== en);
  translations[locale as TranslationLocale] = {
    ...file,
    strings: [...strings, { field: field as string, en, text: value.trim() }],
  };
  return { ...doc, translations };
}
