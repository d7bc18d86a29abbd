/**
 * Brings a record's translation file in step with its English: every string the record has gets an
 * entry (kept when its English is unchanged, empty when new), and translations of English the record
 * no longer has move to `outdated`, where a translator can adapt them. Pure: the CLI does the files.
 */
import type { TranslationFile } from "./data-schema.ts";
import { type TranslatableString, uniqueStrings } from "./translatable.ts";

type Entry = TranslationFile["strings"][number];

export interface NewFileProvenance {
  translatedBy: string;
  method: TranslationFile["method"];
}

export function syncTranslationFile(
  id: string,
  strings: TranslatableString[],
  existing: TranslationFile | undefined,
  provenance: NewFileProvenance,
): TranslationFile {
  // An outdated translation comes back when its English does; a current entry wins over it.
  const known = [...(existing?.outdated ?? []), ...(existing?.strings ?? []).filter((e) => e.text !== "")];
  const byEnglish = new Map(known.flatMap((e) => (e.en === undefined ? [] : [[e.en, e]])));
  const wanted = uniqueStrings(strings);
  const current = new Set(wanted.map((s) => s.en));
  const entries: Entry[] = wanted.map((s) => ({ field: s.field, en: s.en, text: byEnglish.get(s.en)?.text ?? "" }));
  const glosses = (existing?.strings ?? []).filter((e) => e.en === undefined);
  const gone = (existing?.strings ?? []).filter((e) => e.en !== undefined && !current.has(e.en) && e.text !== "");
  const outdated = [...(existing?.outdated ?? []), ...gone].filter((e) => e.en === undefined || !current.has(e.en));
  const base = existing ?? { ...provenance, reviewed: false };
  return {
    id,
    translatedBy: base.translatedBy,
    method: base.method,
    reviewed: base.reviewed,
    ...(existing?.reviewedBy !== undefined ? { reviewedBy: existing.reviewedBy } : {}),
    strings: [...entries, ...glosses],
    ...(outdated.length > 0 ? { outdated } : {}),
  };
}
