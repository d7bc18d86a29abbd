/**
 * Where a query's words stand in a text the reader sees (a title, a summary, a passage of the
 * description in the reader's language), so that results can show why they were found. A word of the
 * text matches as the index matches it (query.ts): a query word is a prefix of it or of one of its
 * parts, or the two share a stem. Ranges are offsets into the text as written, never HTML.
 */
import { type Locale, locales } from "../schema.ts";
import { type Token, tokenize } from "./normalise.ts";
import { queryTokens } from "./query.ts";
import { stemOf } from "./stem.ts";

/** [start, end) of a matched word in the text, in UTF-16 code units as JavaScript strings count. */
export type Range = [number, number];

export interface Snippet {
  text: string;
  /** Matched words, relative to `text`. */
  highlights: Range[];
}

/** A test of one word of a text (in `locale`) against the query's words. */
export type WordTest = (word: Token) => boolean;

/** The query as one test on words of a text written in `locale`; undefined when the query has no words. */
export function toWordTest(query: string, locale: Locale): WordTest | undefined {
  const words = queryTokens(query);
  if (words.length === 0) return undefined;
  const stems = new Set(
    words.flatMap((w) => locales.map((l) => stemOf(w.light, l))).filter((s): s is string => s !== undefined),
  );
  return (token) => {
    const forms = [token.word, ...token.parts];
    if (words.some((w) => forms.some((f) => f.startsWith(w.word)))) return true;
    const stem = stemOf(token.light, locale);
    return stem !== undefined && stems.has(stem);
  };
}

/** Every matched word of `text`, in order. */
export function highlightRanges(text: string, test: WordTest): Range[] {
  return tokenize(text)
    .filter(test)
    .map((t): Range => [t.start, t.end]);
}

/**
 * The passage of `text` (about `width` characters, cut between words) holding the most matched words,
 * with "…" where it was cut; undefined when no word matched.
 */
export function toSnippet(text: string, test: WordTest, width = 180): Snippet | undefined {
  const ranges = highlightRanges(text, test);
  if (ranges.length === 0) return undefined;
  const [from, to] = bestWindow(ranges, width);
  const start = wordBoundaryBefore(text, Math.max(0, Math.min(from, to - width)));
  const end = wordBoundaryAfter(text, Math.max(to, start + width));
  const lead = start > 0 ? "… " : "";
  const tail = end < text.length ? " …" : "";
  const shift = lead.length - start;
  return {
    text: `${lead}${text.slice(start, end)}${tail}`,
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s + shift, e + shift]),
  };
}

/** The span from the first to the last matched word of the densest run that fits in `width`. */
function bestWindow(ranges: Range[], width: number): Range {
  let best: Range = ranges[0] as Range;
  let bestCount = 1;
  for (let i = 0; i < ranges.length; i++) {
    let j = i;
    while (j + 1 < ranges.length && (ranges[j + 1] as Range)[1] - (ranges[i] as Range)[0] <= width) j++;
    if (j - i + 1 > bestCount) {
      bestCount = j - i + 1;
      best = [(ranges[i] as Range)[0], (ranges[j] as Range)[1]];
    }
  }
  // Some words before the first match, so the passage reads as a sentence rather than starting on it.
  return [Math.max(0, best[0] - 40), best[1]];
}

function wordBoundaryBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(" ", at);
  return space < 0 ? 0 : space + 1;
}

function wordBoundaryAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.indexOf(" ", at);
  return space < 0 ? text.length : space;
}
