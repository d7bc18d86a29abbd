/**
 * `npm run bench:import -w @atlas/tests [-- --rows N] [-- --no-baseline]`: the dry run of a messy
 * export of N organisations (10,000 by default; the fixture's generator at scale) against a database
 * seeded from data/, target under 10 s on this machine. It prints the median of a few runs beside the
 * time papaparse alone takes to read the same text, then the same dry run with the word-index
 * duplicate finder it replaced (once: it takes minutes at 10,000 rows), and the ratio between them.
 */
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { readImportContext } from "@atlas/api/imports/context";
import { decodeText } from "@atlas/api/imports/decode";
import { type DuplicateFinderFactory, planImport } from "@atlas/api/imports/plan";
import { readImportFile } from "@atlas/api/imports/read-file";
import { importSettingsSchema } from "@atlas/api/imports/settings";
import { prepareDatabase } from "@atlas/db/prepare";
import { tempDatabaseUrl } from "@atlas/db/testing";
import Papa from "papaparse";
import { toOrganisationsCsv } from "../fixtures/imports/organisations.ts";
import { measure } from "./measure.ts";
import { formatMs } from "./report.ts";
import { WordIndexDuplicates } from "./word-index-duplicates.ts";

const { values: args } = parseArgs({
  options: { rows: { type: "string", default: "10000" }, "no-baseline": { type: "boolean", default: false } },
});
const rows = Number(args.rows);
const targetMs = 10_000;

const { db } = await prepareDatabase({ url: await tempDatabaseUrl() });
const bytes = toOrganisationsCsv(rows);
const settings = importSettingsSchema.parse({
  kind: "stakeholder",
  values: { stakeholderType: { government: "public-local" } },
  source: { title: "Participedia organizations export", url: "https://participedia.net/", publisher: "Participedia" },
});

const counts: Record<string, string> = {};
async function dryRun(label: string, toFinder?: DuplicateFinderFactory): Promise<void> {
  const table = readImportFile(bytes, settings);
  const ctx = await readImportContext(db, "stakeholder");
  const { report } = planImport(ctx, table, settings, toFinder);
  counts[label] =
    `rows ${report.rows}, ok ${report.ok}, warnings ${report.warnings}, errors ${report.errors}, ` +
    `duplicates ${report.duplicates}`;
}
const wordIndex: DuplicateFinderFactory = (maxKm) => new WordIndexDuplicates(maxKm);

const timings = await measure(
  {
    "dry run (read + context + plan)": () => dryRun("indexed"),
    "baseline: papaparse alone": async () => {
      Papa.parse(decodeText(bytes).text, { delimiter: ";" });
    },
  },
  { warmup: 1, iterations: 5 },
);
const dry = timings["dry run (read + context + plan)"];
const baseline = timings["baseline: papaparse alone"];
console.log(`\nImport dry run bench, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} CPUs`);
console.log(`${rows} rows (${(bytes.length / 2 ** 20).toFixed(1)} MB, Windows-1252, semicolons): ${counts.indexed}`);
console.log(
  `dry run p50 ${formatMs(dry.p50)} (p95 ${formatMs(dry.p95)}, ${dry.iterations} runs), target < ${formatMs(targetMs)}: ` +
    `${dry.p50 < targetMs ? "met" : "MISSED"} (${(targetMs / dry.p50).toFixed(1)}x headroom)`,
);
console.log(
  `papaparse alone p50 ${formatMs(baseline.p50)}: the dry run takes ${(dry.p50 / baseline.p50).toFixed(1)}x the bare parse`,
);

if (!args["no-baseline"]) {
  // One run only: the old finder is quadratic in the rows sharing a word, minutes at 10,000 rows.
  const old = await measure({ old: () => dryRun("word index", wordIndex) }, { warmup: 0, iterations: 1 });
  const after = await measure({ now: () => dryRun("indexed") }, { warmup: 0, iterations: 1 });
  console.log(`with the word-index finder it replaced (one run): ${formatMs(old.old.p50)}, ${counts["word index"]}`);
  console.log(
    `the bigram-prefix index is ${(old.old.p50 / after.now.p50).toFixed(1)}x faster (${formatMs(after.now.p50)} in the run right after)`,
  );
}
db.$client.close();
