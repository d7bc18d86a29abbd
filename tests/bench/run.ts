/**
 * `npm run bench [-- --cases N]`: first the reads at 10,000, 100,000 ... N generated cases (scale.ts;
 * N = 100,000 unless given), then 100,000 generated cases in a fresh embedded database with the hot
 * reads timed against their raw-SQL baselines, then the other benches (map, live, stack, first load)
 * each in its own process. The machine is shared and noisy, so it prints medians and ratios measured
 * side by side in one run, and never passes or fails on a time. `npm run bench:search [-- --cases N]`
 * runs only the search comparisons, on N cases.
 */

import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createApp } from "@atlas/api/app";
import { openDatabase } from "@atlas/db/client";
import { migrateDatabase } from "@atlas/db/migrate";
import { optimizeDatabase } from "@atlas/db/prepare";
import { benchBbox } from "./bbox.ts";
import { benchCaseDetail } from "./case-detail.ts";
import { generateCorpus } from "./generate.ts";
import { loadCorpus } from "./load.ts";
import { type Comparison, formatMs, toReportLines } from "./report.ts";
import { runScale } from "./scale.ts";
import { benchSearch } from "./search.ts";
import { buildSearchIndexes } from "./search-index.ts";

// `npm run bench:search [-- --cases 10000]` times only the search, on fewer cases when the machine is too busy.
const searchOnly = process.argv.includes("--only-search");
const caseCount = searchOnly ? parseCases(process.argv.slice(2)) : 100_000;

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
      console.log("search");
      comparisons.push(
        ...(await benchSearch(db, caseCount, {
          rare: { warmup: 3, iterations: 25 },
          common: { warmup: 3, iterations: 25 },
        })),
      );
      if (!searchOnly) {
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

function parseCases(args: string[]): number {
  const at = args.indexOf("--cases");
  const value = at >= 0 ? Number(args[at + 1]) : 100_000;
  if (!Number.isInteger(value) || value < 10_000) throw new Error("--cases takes a whole number of at least 10000");
  return value;
}

const only = process.argv.includes("--only-scale");
if (searchOnly) await main();
else await runScale(parseCases(process.argv.slice(2)), { searchAtScale: process.argv.includes("--search-at-scale") });
if (!only && !searchOnly) {
  await main();
  for (const script of ["map.ts", "live.ts", "stack.ts", "first-load.ts", "imports.ts"]) {
    const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
    spawnSync(process.execPath, ["--import", "tsx", path], { stdio: "inherit" });
  }
}
