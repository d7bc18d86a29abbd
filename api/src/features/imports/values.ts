/**
 * Mapping cell values to the atlas's keys: countries to ISO 3166-1 alpha-2 ("Italia", "Italy", "ITA",
 * "IT", "إيطاليا" -> IT) and vocabulary values to term keys, through the curator's explicit mapping
 * first, then the term's key and labels in every language, then the aliases of other platforms.
 */
import { createRequire } from "node:module";
import { caseStatuses, scales } from "@atlas/db/schema";
import countries from "i18n-iso-countries";
import { toToken } from "../../file-names.ts";
import type { ValueTarget } from "./fields.ts";
import { valueAliases } from "./value-aliases.ts";

/** A vocabulary as the import needs it: each term's key and its labels in every language. */
export interface VocabularyTerms {
  key: string;
  labels: string[];
}

export interface ValueIndex {
  /** Every key a value may map to. */
  keys: Set<string>;
  /** Whole-value tokens (keys, labels, aliases, codes) to keys. */
  exact: Map<string, string>;
  /** Tokens a value may contain, longest first. */
  within: [string, string][];
}

export type ValueGuess = { key: string; how: "exact" | "within" } | undefined;

function toIndex(entries: [string, string[]][], minWithin = 3): ValueIndex {
  const exact = new Map<string, string>();
  for (const [key, names] of entries) {
    for (const name of [key, ...names]) {
      const token = toToken(name);
      if (token && !exact.has(token)) exact.set(token, key);
    }
  }
  const within = [...exact.entries()]
    .filter(([token]) => token.length >= minWithin)
    .sort(([a], [b]) => b.length - a.length);
  return { keys: new Set(entries.map(([key]) => key)), exact, within };
}

/** The index of a vocabulary, its platform aliases included. */
export function toVocabularyIndex(target: ValueTarget, terms: VocabularyTerms[]): ValueIndex {
  const aliases = valueAliases[target] ?? {};
  return toIndex(terms.map((t) => [t.key, [...t.labels, ...(aliases[t.key] ?? [])]]));
}

/** Case statuses and scales are fixed lists, not vocabularies: their keys and aliases. */
export function toFixedIndex(target: "status" | "scale"): ValueIndex {
  const keys = target === "status" ? caseStatuses : scales;
  const aliases = valueAliases[target] ?? {};
  return toIndex(keys.map((key) => [key, aliases[key] ?? []]));
}

const countryLocales = ["en", "es", "fr", "ar", "it", "el", "de", "pt", "ca", "nl", "tr", "he", "hr", "sl", "sq", "mt"];
let countryIndex: ValueIndex | undefined;

/** Country names in the six UI languages and the languages around the Mediterranean, and ISO codes. */
export function toCountryIndex(): ValueIndex {
  if (countryIndex) return countryIndex;
  const require = createRequire(import.meta.url);
  for (const locale of countryLocales) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
  const names = new Map<string, string[]>();
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    names.set(code, [countries.alpha2ToAlpha3(code) ?? ""].filter(Boolean));
  }
  for (const locale of countryLocales) {
    for (const [code, list] of Object.entries(countries.getNames(locale, { select: "all" }))) {
      names.get(code)?.push(...list);
    }
  }
  // Whole names only inside longer values ("Spain (Catalonia)"), never two-letter codes.
  countryIndex = toIndex([...names.entries()], 4);
  return countryIndex;
}

/** The key a value maps to without the curator's help, and how it was found. */
export function guessValue(index: ValueIndex, raw: string): ValueGuess {
  const token = toToken(raw);
  if (!token) return undefined;
  const exact = index.exact.get(token);
  if (exact) return { key: exact, how: "exact" };
  const padded = ` ${token} `;
  const found = index.within.find(([alias]) => padded.includes(` ${alias} `));
  return found ? { key: found[1], how: "within" } : undefined;
}

/**
 * The key of a value: the curator's mapping (by the value's token; null means "leave it out") wins
 * over the guess. Undefined when the value maps to nothing.
 */
export function mapValue(
  index: ValueIndex,
  explicit: Record<string, string | null> | undefined,
  raw: string,
): string | null | undefined {
  const token = toToken(raw);
  if (explicit && Object.hasOwn(explicit, token)) return explicit[token];
  return guessValue(index, raw)?.key;
}
