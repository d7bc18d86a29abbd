/// <reference path="./nlpjs.d.ts" />
/**
 * Snowball stemmers per language (from @nlpjs/lang-*, which ship the Snowball algorithms for each of the
 * atlas's languages, Arabic and Greek included), applied to folded words. Stems are indexed beside the
 * words, marked with a leading "0" so that a stem never matches a word by prefix nor is offered as a
 * spelling suggestion.
 */
import { StemmerAr } from "@nlpjs/lang-ar";
import { StemmerEl } from "@nlpjs/lang-el";
import { StemmerEn } from "@nlpjs/lang-en-min";
import { StemmerEs } from "@nlpjs/lang-es";
import { StemmerFr } from "@nlpjs/lang-fr";
import { StemmerIt } from "@nlpjs/lang-it";
import type { Locale } from "../schema.ts";
import { foldWord } from "./normalise.ts";

interface Stemmer {
  stemWord(word: string): string;
}

const stemmers: Record<Locale, Stemmer> = {
  en: new StemmerEn(),
  es: new StemmerEs(),
  fr: new StemmerFr(),
  ar: new StemmerAr(),
  it: new StemmerIt(),
  el: new StemmerEl(),
};

export const stemMark = "0";

/** Which stemmer suits a folded word: Arabic and Greek script have their own; Latin script uses the text's language. */
function stemmerFor(word: string, locale: Locale): Stemmer {
  if (/[\u0600-\u06ff]/.test(word)) return stemmers.ar;
  if (/[\u0370-\u03ff]/.test(word)) return stemmers.el;
  return locale === "ar" || locale === "el" ? stemmers.en : stemmers[locale];
}

/**
 * The stem of a word (given lightly folded, as the stemmers expect), folded and marked; undefined
 * when the word is too short to stem or stemming leaves it as it is.
 */
export function stemOf(light: string, locale: Locale): string | undefined {
  if (light.length < 4 || /^\p{N}+$/u.test(light)) return undefined;
  let stem: string;
  try {
    stem = foldWord(stemmerFor(light, locale).stemWord(light));
  } catch {
    return undefined;
  }
  return stem && stem !== foldWord(light) && stem.length >= 2 ? `${stemMark}${stem}` : undefined;
}
