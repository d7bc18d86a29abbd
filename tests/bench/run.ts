/**
 * `npm run bench`: loads 100,000 generated cases into a fresh embedded database and times the hot
 * reads against their raw-SQL baselines. The machine is shared and noisy, so it prints medians and
 * ratios measured side by side in this one run, and never passes or fails on a time.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createApp } from "@atlas/api/app";
import { openDatabase } from "@atlas/db/client";
import { migrateDatabase } from "@atlas/db/migrate";
import { optimizeDatabase } from "@atlas/db/prepare";
import { benchBbox } from "./bbox.ts";
import { benchCaseDetail } from "./case-detail.ts";
import { benchCaseList } from "./case-list.ts";
import { generateCorpus } from "./generate.ts";
import { loadCorpus } from "./load.ts";
import { type Comparison, formatMs, toReportLines } from "./report.ts";
import { benchSearch } from "./search.ts";
import { buildSearchIndexes } from "./search-index.ts";

// `npm run bench:search -- 10000` measures on fewer cases, when the machine is too busy for 100,000.
const caseCount = Number(process.argv[3] ?? 100_000);

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "atlas-bench-"));
  const file = join(dir, "atlas-bench.db");
  const comparisons: Comparison[] = [];
  try {
    const db = await openDatabase({ url: `file:${file}` });
    try {
      await migrateDatabase(db);
      const corpus = await timed(() => generateCorpus(caseCount));
      // As at start-up (db/src/prepare.ts): the planner's statistics follow the load.
      const load = await timed(async () => {
        await loadCorpus(db, corpus.value);
        await buildSearchIndexes(db, corpus.value);
        await optimizeDatabase(db);
      });
      const { cases, caseTerms, participations, stakeholders } = corpus.value;
      const version = await db.$client.execute("SELECT sqlite_version() AS v");
      console.log(
        `generated ${cases.length} cases, ${caseTerms.length} case terms, ${stakeholders.length} stakeholders, ` +
          `${participations.length} participations in ${formatMs(corpus.ms)}`,
      );
      console.log(
        `loaded in ${(load.ms / 1000).toFixed(1)} s (batches of 1,000 cases, R*Tree by trigger, then six languages of search text and the one-language baseline index); ` +
          `database ${((await stat(file)).size / 2 ** 20).toFixed(1)} MB + WAL; SQLite ${String(version.rows[0]?.v)}`,
      );

      const app = createApp();
      // `npm run bench:search` times only the search.
      const all = process.argv[2] !== "search";
      if (all) {
        console.log("filtered list");
        comparisons.push(...(await benchCaseList(db, app, { warmup: 3, iterations: 25 })));
      }
      console.log("search");
      comparisons.push(
        ...(await benchSearch(db, caseCount, {
          rare: { warmup: 3, iterations: 25 },
          common: { warmup: 3, iterations: 25 },
        })),
      );
      if (all) {
        console.log("bbox");
        comparisons.push(...(await benchBbox(db, { warmup: 50, iterations: 500 })));
        console.log("case detail");
        comparisons.push(...(await benchCaseDetail(db, app, { warmup: 50, iterations: 500 })));
      }
    } finally {
      db.$client.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  console.log(
    `\nCo-production Atlas bench, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} CPUs; ` +
      "medians of interleaved runs, ratio = p50 / p50 (left over right)",
  );
  for (const line of toReportLines(comparisons)) console.log(line);
}

await main();
