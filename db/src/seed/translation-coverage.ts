/**
 * How much of the content each language has, and which translations have fallen behind their English.
 * A string counts as translated when the record's file in that language holds a non-empty text for
 * exactly the English the record has now.
 */
import { type TranslationLocale, translationLocales } from "../schema.ts";
import type { AtlasData, DataProblem } from "./data-files.ts";
import type { TranslationFile } from "./data-schema.ts";
import {
  caseStrings,
  currencyStrings,
  stakeholderStrings,
  type TranslatableKind,
  type TranslatableString,
  translatableKinds,
  translationPath,
} from "./translatable.ts";

export interface CoverageRow {
  locale: TranslationLocale;
  kind: TranslatableKind;
  /** The field with list positions and keys replaced by `*`, e.g. `relationships.*.basis`. */
  field: string;
  total: number;
  translated: number;
}

/** The strings of every record of a kind, by record id. */
export function recordStrings(data: AtlasData, kind: TranslatableKind): Map<string, TranslatableString[]> {
  if (kind === "cases") return new Map(data.cases.map((c) => [c.id, caseStrings(c)]));
  if (kind === "currencies") return new Map(data.currencies.map((c) => [c.id, currencyStrings(c)]));
  return new Map(data.stakeholders.map((s) => [s.id, stakeholderStrings(s)]));
}

/** The ids of the records of a kind written in another language than English, by that language. */
function writtenIn(data: AtlasData, kind: TranslatableKind): Map<string, string> {
  const records: { id: string; language?: string }[] =
    kind === "cases" ? data.cases : kind === "currencies" ? data.currencies : data.stakeholders;
  return new Map(records.flatMap((r) => (r.language && r.language !== "en" ? [[r.id, r.language]] : [])));
}

/** `participants.ateneu.partner.note` -> `participants.*.note`; `figures.3.unit` -> `figures.*.unit`. */
export function toFieldGroup(field: string): string {
  const parts = field.split(".");
  return parts.length <= 1 ? field : `${parts[0]}.*.${parts[parts.length - 1]}`;
}

export function translationCoverage(data: AtlasData): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const kind of translatableKinds) {
    const strings = recordStrings(data, kind);
    const originals = writtenIn(data, kind);
    for (const locale of translationLocales) {
      const files = new Map(data.translations[locale][kind].map((f) => [f.id, f]));
      for (const [id, list] of strings) {
        // A record written in this language needs no translation into it.
        const done = originals.get(id) === locale ? new Set(list.map((s) => s.en)) : translatedTexts(files.get(id));
        for (const s of list) {
          const field = toFieldGroup(s.field);
          const key = `${locale}|${kind}|${field}`;
          const row = rows.get(key) ?? { locale, kind, field, total: 0, translated: 0 };
          row.total += 1;
          if (done.has(s.en)) row.translated += 1;
          rows.set(key, row);
        }
      }
    }
  }
  return [...rows.values()];
}

function translatedTexts(file: TranslationFile | undefined): Set<string> {
  return new Set((file?.strings ?? []).flatMap((e) => (e.en !== undefined && e.text !== "" ? [e.en] : [])));
}

/** Translations of English the record no longer has: `npm run data:translations` moves them aside. */
export function checkStaleTranslations(data: AtlasData): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const kind of translatableKinds) {
    const strings = recordStrings(data, kind);
    for (const locale of translationLocales) {
      for (const file of data.translations[locale][kind]) {
        const record = strings.get(file.id);
        if (!record) {
          problems.push({
            file: translationPath(locale, kind, file.id),
            record: file.id,
            message: `no ${kind} record "${file.id}"; run npm run data:translations to remove its translations`,
          });
          continue;
        }
        const current = new Set(record.map((s) => s.en));
        for (const entry of file.strings) {
          if (entry.en === undefined || current.has(entry.en)) continue;
          problems.push({
            file: translationPath(locale, kind, file.id),
            record: file.id,
            field: entry.field,
            message: "translates English the record no longer has; run npm run data:translations to move it aside",
          });
        }
      }
    }
  }
  return problems;
}

/** Coverage as a table for the terminal: one row per kind and field, one column per language. */
export function formatCoverage(rows: CoverageRow[]): string {
  const groups = new Map<string, Map<TranslationLocale, CoverageRow>>();
  for (const r of rows) {
    const key = `${r.kind}.${r.field}`;
    const byLocale = groups.get(key) ?? new Map();
    byLocale.set(r.locale, r);
    groups.set(key, byLocale);
  }
  const width = Math.max(...[...groups.keys()].map((k) => k.length), 10);
  const header = `${"content".padEnd(width)}  ${translationLocales.map((l) => l.padStart(9)).join("")}`;
  const lines = [...groups].map(([key, byLocale]) => {
    const cells = translationLocales.map((l) => {
      const r = byLocale.get(l);
      return (r ? `${r.translated}/${r.total}` : "-").padStart(9);
    });
    return `${key.padEnd(width)}  ${cells.join("")}`;
  });
  return [header, ...lines].join("\n");
}
