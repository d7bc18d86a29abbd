/**
 * The text a case is found by, per language, as the index holds it: every word folded (normalise.ts),
 * the parts of joined words, and each word's Snowball stem in the row's language, marked (stem.ts).
 */
import { type Locale, locales, type TranslationLocale } from "../schema.ts";
import type { CaseRecord, StakeholderRecord, TranslationFile, VocabularyFile } from "../seed/data-schema.ts";
import { rawWords, toToken } from "./normalise.ts";
import { stemOf } from "./stem.ts";

/** Index words already computed, per language and raw word: prose repeats its words. */
const known = new Map<string, string[]>();
const maxKnown = 200_000;

/** One raw word as index words: the folded word, its parts when joined, and its stem in `locale`. */
function indexWords(raw: string, locale: Locale): string[] {
  const key = `${locale}:${raw}`;
  const cached = known.get(key);
  if (cached) return cached;
  const token = toToken(raw);
  const stem = token && stemOf(token.light, locale);
  const words = token ? [token.word, ...token.parts, ...(stem ? [stem] : [])] : [];
  if (known.size >= maxKnown) known.clear();
  known.set(key, words);
  return words;
}

/** A text as index words: each word, its parts when joined, and its stem in `locale`. */
export function toIndexText(text: string | null | undefined, locale: Locale): string {
  if (!text) return "";
  const words = new Set<string>();
  for (const raw of rawWords(text)) for (const w of indexWords(raw, locale)) words.add(w);
  return [...words].join(" ");
}

export interface CaseSearchRow {
  caseId: string;
  lang: Locale;
  title: string;
  summary: string;
  body: string;
  places: string;
}

type Translations = Partial<Record<TranslationLocale, TranslationFile>>;

/** The English text of a case that search reads: a case record, or a row of `cases` without its document. */
export type CaseText = Pick<CaseRecord, "id" | "title" | "summary" | "country"> &
  Partial<Record<"description" | "outcomes" | "lessons" | "city" | "region", string | null>>;

/** English -> text of one translation file (empty texts are strings still to translate). */
function textsOf(file: TranslationFile | undefined): Map<string, string> {
  return new Map((file?.strings ?? []).flatMap((e) => (e.en !== undefined && e.text ? [[e.en, e.text]] : [])));
}

const regionNames = new Map(locales.map((l) => [l, new Intl.DisplayNames([l], { type: "region" })]));

function countryName(code: string, locale: Locale): string {
  try {
    return regionNames.get(locale)?.of(code) ?? "";
  } catch {
    return "";
  }
}

/**
 * One row per language: English always; another language with the strings translated into it (an
 * untranslated string is found through the English row). Places carry the country's name in each language.
 */
export function caseSearchRows(c: CaseText, translations: Translations): CaseSearchRow[] {
  return locales.map((lang) => {
    const texts = lang === "en" ? undefined : textsOf(translations[lang]);
    const pick = (en: string | null | undefined) => (!en ? "" : texts ? (texts.get(en) ?? "") : en);
    const body = [c.description, c.outcomes, c.lessons].map(pick).join(" ");
    return {
      caseId: c.id,
      lang,
      title: toIndexText(pick(c.title), lang),
      summary: toIndexText(pick(c.summary), lang),
      body: toIndexText(body, lang),
      places: toIndexText([pick(c.city), pick(c.region), countryName(c.country, lang)].join(" "), lang),
    };
  });
}

/** A stakeholder's name (as it is, in any language) and its glosses, stemmed as English and as each gloss's language. */
export function stakeholderSearchText(s: StakeholderRecord, translations: Translations): string {
  const glosses = Object.entries(translations).flatMap(([lang, file]) =>
    (file?.strings ?? [])
      .filter((e) => e.field === "nameGloss" && e.text)
      .map((e) => toIndexText(e.text, lang as Locale)),
  );
  return [toIndexText(s.name, "en"), ...glosses].join(" ").trim();
}

export interface TermSearchRow {
  scheme: string;
  key: string;
  lang: Locale;
  text: string;
}

/** Every vocabulary term's label and synonyms in each language, as index text. */
export function termSearchRows(vocabularies: VocabularyFile[]): TermSearchRow[] {
  return vocabularies.flatMap((v) =>
    v.terms.flatMap((term) =>
      locales.flatMap((lang) => {
        const label = (term.label as Partial<Record<Locale, string>>)[lang];
        const synonyms = (term.synonyms as Partial<Record<Locale, string[]>> | undefined)?.[lang] ?? [];
        const text = toIndexText([label, ...synonyms].filter(Boolean).join(" "), lang);
        return text ? [{ scheme: v.scheme, key: term.key, lang, text }] : [];
      }),
    ),
  );
}
