/**
 * Puts a record's text into the language asked for, block by block, and says what each block is: the
 * original (in the language the record is written in: English, or a contribution's own language), a
 * translation, or the original as a fallback where no translation matches the text the record has now
 * (a translation is keyed by the original it translates, as in a PO file).
 */
import type { Locale } from "@atlas/db/schema";
import type { BlockOrigin, ContentInfo, TranslationProvenance, Writer } from "./schema.ts";

export interface RecordTexts {
  translation: TranslationProvenance | null;
  /** Original -> translated text, for this record and language. */
  texts: Map<string, string>;
  sourceLanguages: string[];
  /** The language the record is written in, and who wrote it. */
  language: Locale;
  writtenBy: Writer;
}

export const noTexts: RecordTexts = {
  translation: null,
  texts: new Map(),
  sourceLanguages: [],
  language: "en",
  writtenBy: "atlas-editors",
};

export interface Localiser {
  /** The text of a block in the language asked for (null stays null), noting where it came from. */
  text: <T extends string | null>(path: string, original: T) => T;
  info: () => ContentInfo;
}

export function createLocaliser(locale: Locale, record: RecordTexts): Localiser {
  const fields: Record<string, BlockOrigin> = {};
  return {
    text: (path, original) => {
      if (original === null || original === "") return original;
      if (locale === record.language) {
        fields[path] = "original";
        return original;
      }
      const translated = record.texts.get(original);
      fields[path] = translated ? "translated" : "fallback";
      return (translated ?? original) as typeof original;
    },
    info: () => ({
      lang: locale,
      original: { lang: record.language, writtenBy: record.writtenBy, sourceLanguages: record.sourceLanguages },
      translation: locale === record.language ? null : record.translation,
      fields: { ...fields },
    }),
  };
}
