/**
 * Puts a record's text into the language asked for, block by block, and says what each block is: the
 * English original, a translation, or English as a fallback where no translation matches the English
 * the record has now (a translation is keyed by the English it translates, as in a PO file).
 */
import type { Locale } from "@atlas/db/schema";
import type { BlockOrigin, ContentInfo, TranslationProvenance } from "./schema.ts";

export interface RecordTexts {
  translation: TranslationProvenance | null;
  /** English -> translated text, for this record and language. */
  texts: Map<string, string>;
  sourceLanguages: string[];
}

export const noTexts: RecordTexts = { translation: null, texts: new Map(), sourceLanguages: [] };

export interface Localiser {
  /** The text of a block in the language asked for (null stays null), noting where it came from. */
  text: <T extends string | null>(path: string, english: T) => T;
  info: () => ContentInfo;
}

export function createLocaliser(locale: Locale, record: RecordTexts): Localiser {
  const fields: Record<string, BlockOrigin> = {};
  return {
    text: (path, english) => {
      if (english === null || english === "") return english;
      if (locale === "en") {
        fields[path] = "original";
        return english;
      }
      const translated = record.texts.get(english);
      fields[path] = translated ? "translated" : "fallback";
      return (translated ?? english) as typeof english;
    },
    info: () => ({
      lang: locale,
      original: { lang: "en", writtenBy: "atlas-editors", sourceLanguages: record.sourceLanguages },
      translation: locale === "en" ? null : record.translation,
      fields: { ...fields },
    }),
  };
}
