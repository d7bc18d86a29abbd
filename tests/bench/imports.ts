/**
 * `npm run bench:import -w @atlas/tests`: the dry run of a 10,000-row messy export (the fixture's
 * generator at scale) against a database seeded from data/, target under 10 s on this machine. It
 * prints the median of a few runs, split into reading the file and planning the rows, beside the time
 * papaparse alone takes to read the same text as a baseline.
 */
import { cpus } from "node:os";
import { readImportContext } from "@atlas/api/imports/context";
import { decodeText } from "@atlas/api/imports/decode";
import { planImport } from "@atlas/api/imports/plan";
import { readImportFile } from "@atlas/api/imports/read-file";
import { importSettingsSchema } from "@atlas/api/imports/settings";
import { prepareDatabase } from "@atlas/db/prepare";
import { tempDatabaseUrl } from "@atlas/db/testing";
import Papa from "papaparse";
import { toOrganisationsCsv } from "../fixtures/imports/organisations.ts";
import { measure } from "./measure.ts";
import { formatMs } from "./report.ts";

const rows = 10_000;
const targetMs = 10_000;

const { db } = await prepareDatabase({ url: await tempDatabaseUrl() });
const bytes = toOrganisationsCsv(rows);
const settings = importSettingsSchema.parse({
  kind: "stakeholder",
  values: { stakeholderType: { government: "public-local" } },
  source: { title: "Participedia organizations export", url: "https://participedia.net/", publisher: "Participedia" },
});

let counts = "";
const timings = await measure(
  {
    "dry run (read + context + plan)": async () => {
      const table = readImportFile(bytes, settings);
      const ctx = await readImportContext(db, "stakeholder");
      const { report } = planImport(ctx, table, settings);
      counts = `rows ${report.rows}, ok ${report.ok}, warnings ${report.warnings}, errors ${report.errors}, duplicates ${report.duplicates}`;
    },
    "baseline: papaparse alone": async () => {
      Papa.parse(decodeText(bytes).text, { delimiter: ";" });
    },
  },
  { warmup: 1, iterations: 3 },
);
db.$client.close();

const dryRun = timings["dry run (read + context + plan)"];
const baseline = timings["baseline: papaparse alone"];
console.log(`\nImport dry run bench, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} CPUs`);
console.log(`${rows} rows (${(bytes.length / 2 ** 20).toFixed(1)} MB, Windows-1252, semicolons): ${counts}`);
console.log(
  `dry run p50 ${formatMs(dryRun.p50)} (p95 ${formatMs(dryRun.p95)}), target < ${formatMs(targetMs)}: ` +
    `${dryRun.p50 < targetMs ? "met" : "MISSED"} (${(targetMs / dryRun.p50).toFixed(1)}x headroom)`,
);
console.log(
  `papaparse alone p50 ${formatMs(baseline.p50)}: the dry run takes ${(dryRun.p50 / baseline.p50).toFixed(1)}x the bare parse`,
);
