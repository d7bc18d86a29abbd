/**
 * Which vocabulary terms of each case a query matched ("matched: Care (policy domain)"), so that a
 * reader sees why a case without the words in its text was found: a term matches when its label or
 * one of its synonyms, in any language, holds a query word (as a prefix, or through a stem).
 */
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { locales } from "../schema.ts";
import { queryTokens } from "./query.ts";
import { stemMark, stemOf } from "./stem.ts";

export interface MatchedTerm {
  scheme: string;
  key: string;
}

/** The query's words as tests on one index word: a prefix of it, or one of the word's stems. */
function toWordTests(text: string): ((indexWord: string) => boolean)[] {
  return queryTokens(text).map((token) => {
    const stems = new Set(locales.map((l) => stemOf(token.light, l)).filter((s) => s !== undefined));
    return (w: string) => (w.startsWith(stemMark) ? stems.has(w) : w.startsWith(token.word));
  });
}

/** For each case id, the terms (in the typology schemes readers filter by) that the query matched. */
export async function matchedTerms(db: Database, text: string, caseIds: string[]): Promise<Map<string, MatchedTerm[]>> {
  const matched = new Map<string, MatchedTerm[]>();
  const tests = toWordTests(text);
  if (caseIds.length === 0 || tests.length === 0) return matched;
  const rows = await db.all<{ caseId: string; scheme: string; key: string; text: string }>(sql`
    SELECT ct.case_id AS caseId, ct.scheme, ct.key, group_concat(ts.text, ' ') AS text
    FROM case_terms ct JOIN term_search_text ts ON ts.scheme = ct.scheme AND ts.key = ct.key
    WHERE ct.case_id IN (SELECT value FROM json_each(${JSON.stringify(caseIds)}))
      AND ct.scheme IN ('policyDomain', 'phase', 'collaborationType', 'need')
    GROUP BY ct.case_id, ct.scheme, ct.key`);
  for (const row of rows) {
    const words = row.text.split(" ");
    if (!tests.some((test) => words.some(test))) continue;
    matched.set(row.caseId, [...(matched.get(row.caseId) ?? []), { scheme: row.scheme, key: row.key }]);
  }
  return matched;
}
