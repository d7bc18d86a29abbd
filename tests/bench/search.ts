/** Full-text search: an FTS5 top-20 by bm25 against a LIKE scan, for a rare and a common word. */
import type { Database } from "@atlas/db/client";
import { toFtsQuery } from "../../api/src/features/cases/filters.ts";
import { markers } from "./generate.ts";
import { type MeasureOptions, measure } from "./measure.ts";
import type { Comparison } from "./report.ts";

// The API's bm25 column weights and its query syntax (each word a quoted prefix term).
const ftsTop = `SELECT c.id, c.title FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid
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
    const match = toFtsQuery(word) ?? word;
    const pattern = `%${word}%`;
    const [ftsCount, likeCount] = await Promise.all([
      client.execute({ sql: "SELECT count(*) AS n FROM cases_fts WHERE cases_fts MATCH ?", args: [match] }),
      client.execute({
        sql: "SELECT count(*) AS n FROM cases WHERE title LIKE ?1 OR summary LIKE ?1 OR description LIKE ?1",
        args: [pattern],
      }),
    ]);
    const n = Number(ftsCount.rows[0]?.n);
    const share = ((100 * n) / caseCount).toFixed(1);
    console.log(`  '${word}': FTS finds ${n} cases (${share}%), LIKE finds ${Number(likeCount.rows[0]?.n)}`);
    const t = await measure(
      {
        fts: () => client.execute({ sql: ftsTop, args: [match] }),
        like: () => client.execute({ sql: likeTop, args: [pattern] }),
      },
      options[size],
    );
    comparisons.push({
      label: `search top-20, term in ${share}% of cases`,
      subject: { name: "LIKE", timing: t.like },
      baseline: { name: "FTS5", timing: t.fts },
    });
  }
  return comparisons;
}
