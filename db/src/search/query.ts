/// <reference path="./nlpjs.d.ts" />
/**
 * A reader's query as an FTS5 query over `case_search`, folded and stemmed as the index is
 * (index-text.ts). Each word must match (AND), as itself, as a prefix of a longer word (while typing)
 * or through its stem in any of the atlas's languages, since the query's language is not known: a
 * Spanish "cooperativas" then meets "cooperativa" and "cooperative" where the stems agree.
 */
import { StopwordsEl } from "@nlpjs/lang-el";
import { StopwordsEn } from "@nlpjs/lang-en-min";
import { StopwordsEs } from "@nlpjs/lang-es";
import { StopwordsFr } from "@nlpjs/lang-fr";
import { StopwordsIt } from "@nlpjs/lang-it";
import { type SQL, sql } from "drizzle-orm";
import { locales } from "../schema.ts";
import { foldWord, type Token, tokenize } from "./normalise.ts";
import { stemOf } from "./stem.ts";

// @nlpjs has no Arabic list: the particles and prepositions a query is likely to hold.
const arabicStopwords = [
  "في",
  "من",
  "على",
  "الى",
  "إلى",
  "عن",
  "مع",
  "و",
  "او",
  "أو",
  "ثم",
  "ذلك",
  "هذا",
  "هذه",
  "التي",
  "الذي",
];

const stopwords = new Set(
  [StopwordsEn, StopwordsEs, StopwordsFr, StopwordsIt, StopwordsEl]
    .flatMap((Stopwords) => Object.keys(new Stopwords().dictionary))
    .concat(arabicStopwords)
    .map(foldWord),
);

/** At most this many words of a query count; the rest are ignored. */
const maxWords = 12;

/** The words a query searches for: stop words and single letters left out unless nothing else is left. */
export function queryTokens(text: string): Token[] {
  const tokens = tokenize(text).slice(0, maxWords);
  const meaningful = tokens.filter((t) => t.word.length > 1 && !stopwords.has(t.word));
  return meaningful.length > 0 ? meaningful : tokens;
}

/** One word's alternatives: itself as a prefix, and its distinct stems in every language (marked, see stem.ts). */
function wordAlternatives(token: Token): string[] {
  const stems = new Set(locales.map((locale) => stemOf(token.light, locale)).filter((s) => s !== undefined));
  return [`"${token.word}"*`, ...[...stems].map((s) => `"${s}"`)];
}

/** Free text as a safe FTS5 query (every word quoted, so no FTS5 syntax gets through), or undefined if it has no word. */
export function toSearchQuery(text: string): string | undefined {
  const tokens = queryTokens(text);
  if (tokens.length === 0) return undefined;
  return tokens
    .map((t) => {
      const alternatives = wordAlternatives(t);
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" OR ")})`;
    })
    .join(" AND ");
}

/**
 * bm25 weights in column order (title, terms, summary, body, places, actors): a title word counts most,
 * then a vocabulary label or synonym, then the summary; places and organisation names above body text.
 */
const weights = sql.raw("10, 6, 4, 1, 3, 3");

/** The rowids of the cases a query matches (one index row per case, rowid = the case's rowid). */
export function searchMatches(match: string): SQL {
  return sql`SELECT rowid FROM case_search WHERE case_search MATCH ${match}`;
}

/**
 * Each matching case's rowid (`rid`) and rank (`rank`, bm25 over its text in every language, lower is
 * better). With `top`, only the best `top` cases, chosen inside the scan of the index (a bounded sort)
 * rather than after joining every match: the ranked page when no other filter narrows the cases.
 */
export function searchRanks(match: string, top?: number): SQL {
  const limit = top === undefined ? sql`` : sql` ORDER BY bm25(case_search, ${weights}), rowid LIMIT ${top}`;
  return sql`SELECT rowid AS rid, bm25(case_search, ${weights}) AS rank
    FROM case_search WHERE case_search MATCH ${match}${limit}`;
}
