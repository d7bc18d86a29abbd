/**
 * "Did you mean …?": for each query word the index does not hold, the nearest word it does hold
 * (Damerau–Levenshtein distance, at most 1 edit for short words and 2 for longer ones, the more
 * frequent word first on a tie). Candidates share the word's first letter, which keeps the scan of
 * the index's vocabulary (`case_search_vocab`) to a narrow range of terms.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { queryTokens } from "./query.ts";
import { stemMark } from "./stem.ts";

/** Edits between two words, an adjacent swap counting as one (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => i || j));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
    }
  }
  return (rows[x.length] as number[])[y.length] as number;
}

const allowedEdits = (word: string) => ([...word].length <= 4 ? 1 : 2);

/** The nearest indexed word to `word`, or undefined when none is close enough. */
async function nearestWord(db: Database, word: string): Promise<string | undefined> {
  const first = [...word][0];
  if (!first || first === stemMark) return undefined;
  const next = String.fromCodePoint((first.codePointAt(0) as number) + 1);
  const candidates = await db.all<{ term: string; doc: number }>(
    sql`SELECT term, doc FROM case_search_vocab WHERE term >= ${first} AND term < ${next}`,
  );
  const limit = allowedEdits(word);
  const length = [...word].length;
  let best: { term: string; distance: number; doc: number } | undefined;
  for (const { term, doc } of candidates) {
    if (Math.abs([...term].length - length) > limit) continue;
    const distance = editDistance(word, term);
    if (distance === 0 || distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && doc > best.doc)) {
      best = { term, distance, doc };
    }
  }
  return best?.term;
}

/** Whether the index holds a word that starts with `word` (a word being typed counts as known). */
async function isKnown(db: Database, word: string): Promise<boolean> {
  const rows = await db.all(
    sql`SELECT 1 FROM case_search_vocab WHERE term >= ${word} AND term < ${`${word}\u{10ffff}`} LIMIT 1`,
  );
  return rows.length > 0;
}

/**
 * The query as typed with each unknown word replaced by its nearest indexed word (folded, with an
 * initial capital kept); undefined when every word is known or none has a near neighbour.
 */
export async function suggestQuery(db: Database, text: string): Promise<string | undefined> {
  let changed = false;
  let suggestion = "";
  let from = 0;
  for (const token of queryTokens(text)) {
    const nearest = (await isKnown(db, token.word)) ? undefined : await nearestWord(db, token.word);
    if (!nearest) continue;
    changed = true;
    const original = text.slice(token.start, token.end);
    const capital = original[0] !== undefined && original[0] !== original[0].toLowerCase();
    suggestion += text.slice(from, token.start) + (capital ? nearest[0]?.toUpperCase() + nearest.slice(1) : nearest);
    from = token.end;
  }
  return changed ? (suggestion + text.slice(from)).trim() : undefined;
}
