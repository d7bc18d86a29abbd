/**
 * The filtered cases as one CSV table for researchers, multi-valued fields joined with "; ". The text
 * columns are in the language asked for, with columns saying which blocks fell back to English and
 * who translated; `all` gives the English columns and one column per language and text field.
 */
import { type TranslationLocale, translationLocales } from "@atlas/db/schema";
import { toCsv } from "../../http/csv.ts";
import type { ExportDataset } from "../cite/export-metadata.ts";
import type { RecordTexts } from "../translations/localise.ts";
import type { CaseSummaryRow } from "./queries.ts";
import type { CaseSummary } from "./schema.ts";

export type CaseRow = CaseSummary & { sourceUrls: string[] };
export type CaseRowAll = CaseSummaryRow & { sourceUrls: string[]; texts: Map<TranslationLocale, RecordTexts> };

type Column<R> = [string, (c: R) => string | number | null];

const textFields = ["title", "summary", "region", "city"] as const;

/** The columns of every export, in the order they always had, then the language columns. */
function commonColumns<R extends CaseSummaryRow & { sourceUrls: string[] }>(extra: Column<R>[]): Column<R>[] {
  return [
    ["id", (c) => c.id],
    ["title", (c) => c.title],
    ["summary", (c) => c.summary],
    ["country", (c) => c.country],
    ["region", (c) => c.region],
    ["city", (c) => c.city],
    ["latitude", (c) => c.latitude],
    ["longitude", (c) => c.longitude],
    ["start_year", (c) => c.startYear],
    ["end_year", (c) => c.endYear],
    ["status", (c) => c.status],
    ["status_year", (c) => c.statusYear],
    ["phase", (c) => c.phase.join("; ")],
    ["policy_domain", (c) => c.policyDomain.join("; ")],
    ["collaboration_type", (c) => c.collaborationType.join("; ")],
    ["need", (c) => c.need.join("; ")],
    ["sources", (c) => c.sourceUrls.join("; ")],
    ...extra,
  ];
}

const localisedColumns: Column<CaseRow>[] = commonColumns<CaseRow>([
  ["language", (c) => c.content.lang],
  [
    "english_fallback",
    (c) =>
      Object.entries(c.content.fields)
        .filter(([, origin]) => origin === "fallback")
        .map(([field]) => field)
        .join("; "),
  ],
  ["translated_by", (c) => c.content.translation?.translatedBy ?? null],
  ["translation_method", (c) => c.content.translation?.method ?? null],
  ["translation_reviewed", (c) => (c.content.translation ? String(c.content.translation.reviewed) : null)],
]);

const allColumns: Column<CaseRowAll>[] = commonColumns<CaseRowAll>([
  ...translationLocales.flatMap((locale) =>
    textFields.map(
      (f): Column<CaseRowAll> => [
        `${f}_${locale}`,
        (c) => {
          const english = c[f];
          return english ? (c.texts.get(locale)?.texts.get(english) ?? null) : null;
        },
      ],
    ),
  ),
]);

/**
 * A table as text, its header first, then a batch of cases at a time. The last column names the
 * dataset version on every row, so a copied row still says where it came from.
 */
async function* csvText<R>(
  columns: Column<R>[],
  batches: AsyncIterable<R[]>,
  dataset: ExportDataset,
): AsyncGenerator<string> {
  yield toCsv([[...columns.map(([name]) => name), "dataset_version"]]);
  for await (const batch of batches) {
    if (batch.length > 0) yield toCsv(batch.map((c) => [...columns.map(([, value]) => value(c)), dataset.label]));
  }
}

/** The cases in one language, with which fields fell back to English and who translated them. */
export function toCasesCsvText(batches: AsyncIterable<CaseRow[]>, dataset: ExportDataset): AsyncGenerator<string> {
  return csvText(localisedColumns, batches, dataset);
}

/** The cases with their texts in every language, a column per field and language. */
export function toCasesCsvAllLanguagesText(
  batches: AsyncIterable<CaseRowAll[]>,
  dataset: ExportDataset,
): AsyncGenerator<string> {
  return csvText(allColumns, batches, dataset);
}
