/**
 * Full-text search, top 20 by rank, for a rare and a common word: the multilingual index (six
 * languages per case, each word tried with its stems, db/src/search) against today's single-language
 * FTS5 index, and a LIKE scan of the English text against the multilingual index.
 */
import type { Database } from "@atlas/db/client";
import { searchRanks, toSearchQuery } from "@atlas/db/search";
import { sql } from "drizzle-orm";
import { markers } from "./generate.ts";
import { type MeasureOptions, measure } from "./measure.ts";
import type { Comparison } from "./report.ts";

// Today's query on main before issue 11: each word a quoted prefix term, bm25 with its column weights.
const singleTop = `SELECT c.id, c.title FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid
  WHERE cases_fts MATCH ? ORDER BY bm25(cases_fts, 10, 4, 1, 3, 3, 1, 1) LIMIT 20`;
// Ordered so that every row is read, as a ranked top 20 needs; an unordered LIMIT stops early, and so
// does an order the title index (COLLATE NOCASE) can serve: hence the binary collation.
const likeTop = `SELECT c.id, c.title FROM cases c
  WHERE c.title LIKE ?1 OR c.summary LIKE ?1 OR c.description LIKE ?1 ORDER BY c.title COLLATE BINARY, c.id LIMIT 20`;

export async function benchSearch(
  db: Database,
  caseCount: number,
  options: Record<keyof typeof markers, MeasureOptions>,
): Promise<Comparison[]> {
  const client = db.$client;
  const comparisons: Comparison[] = [];
  for (const [size, { word }] of Object.entries(markers) as [keyof typeof markers, { word: string }][]) {
    const match = toSearchQuery(word) ?? word;
    // As the API ranks a search without other filters (api/src/features/cases/queries.ts): the index
    // picks the top 20 itself, over one row per case holding its six languages.
    const multiTop = () =>
      db.all(sql`SELECT c.id, c.title FROM (${searchRanks(match, 20)}) f JOIN cases c ON c.rowid = f.rid
        ORDER BY f.rank, f.rid LIMIT 20`);
    const pattern = `%${word}%`;
    const [single, multi] = await Promise.all([
      client.execute({ sql: "SELECT count(*) AS n FROM cases_fts WHERE cases_fts MATCH ?", args: [`"${word}"*`] }),
      db.all<{ n: number }>(sql`SELECT count(*) AS n FROM (${searchRanks(match)})`),
    ]);
    const n = Number(single.rows[0]?.n);
    const share = ((100 * n) / caseCount).toFixed(1);
    console.log(`  '${word}' (${match}): one language finds ${n} cases (${share}%), six languages ${multi[0]?.n}`);
    const t = await measure(
      {
        single: () => client.execute({ sql: singleTop, args: [`"${word}"*`] }),
        multi: multiTop,
        like: () => client.execute({ sql: likeTop, args: [pattern] }),
      },
      options[size],
    );
    comparisons.push(
      {
        label: `search top-20, term in ${share}% of cases, 6 languages vs 1`,
        subject: { name: "6-language FTS5", timing: t.multi },
        baseline: { name: "1-language FTS5", timing: t.single },
      },
      {
        label: `search top-20, term in ${share}% of cases, LIKE vs index`,
        subject: { name: "LIKE", timing: t.like },
        baseline: { name: "6-language FTS5", timing: t.multi },
      },
    );
  }
  return comparisons;
}
