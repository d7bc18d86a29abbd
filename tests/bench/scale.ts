/**
 * `npm run bench -- --cases 1000000` (first part): the same reads at 10,000, 100,000 and up to the
 * given number of generated cases, each database served by the real app in a process of its own, so
 * that its peak memory is its own. Prints one table: per read, the median at each size and the ratio
 * of the largest to 10,000 against its target (3x), then the map's time-to-idle at the largest size
 * against the seed dataset in Chromium (target 2x). Never passes or fails on a time.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { get as httpGet, type IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { cachedBenchDatabase } from "./bench-cache.ts";
import { fixedMarker, markers } from "./generate.ts";
import { chromiumPath, launchBenchBrowser, median, timeToIdle } from "./map-idle.ts";
import { measure } from "./measure.ts";
import { formatMs } from "./report.ts";
import { type ServerProcess, startServerProcess } from "./server-process.ts";

/** The views a visitor moves through: the whole basin, then closer to Barcelona, as the map asks for them. */
const views = [
  "zoom=3&view=-45,0,90,67.5",
  "zoom=5&view=-11.25,33.75,22.5,50.625",
  "zoom=7&view=-2.8125,39.375,5.625,43.59375",
  "zoom=9&view=0.703125,40.78125,2.8125,41.8359375",
  "zoom=11&view=1.7578125,41.1328125,2.28515625,41.396484375",
];

const reads = {
  list: "/api/cases?pageSize=20",
  "one facet": "/api/cases?country=ES&pageSize=20",
  "two countries": "/api/cases?country=ES,IT&pageSize=20",
  search: `/api/cases?q=${markers.rare.word}&pageSize=20`,
  [`search, ${fixedMarker.count} hits` as const]: `/api/cases?q=${fixedMarker.word}&pageSize=20`,
  bbox: "/api/cases?bbox=9,44,10,45&pageSize=20",
  "clusters per view": "",
};
type Read = keyof typeof reads;
const searches = (Object.keys(reads) as Read[]).filter((name) => name.startsWith("search"));

interface SizeResult {
  cases: number;
  /** Null when the database came from the cache. */
  buildSeconds: number | null;
  searchIndexed: boolean;
  databaseMB: number;
  cold: Record<Read, number>;
  warm: Record<Read, number>;
  csv: { ms: number; mb: number };
  geojson: { ms: number; mb: number };
  rssBrowsing: number;
  rssExports: number;
  /** How long the server took to build the list index as it started, as it printed. */
  listIndexMs: number;
}

/**
 * The answer's size in bytes. node:http rather than fetch: fetch gives up on a body silent for 300 s
 * (a first cluster index or a whole export at 1M on busy cores), which ended a 1M run.
 */
async function get(url: string): Promise<number> {
  const res = await new Promise<IncomingMessage>((resolve, reject) => httpGet(url, resolve).on("error", reject));
  let bytes = 0;
  let head = "";
  for await (const chunk of res) {
    bytes += (chunk as Buffer).byteLength;
    if (res.statusCode !== 200 && head.length < 200) head += String(chunk);
  }
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${head.slice(0, 200)}`);
  return bytes;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Each read's first request after the server started: the facet cache and the cluster index are empty. */
async function firstRequests(server: ServerProcess, searchIndexed: boolean): Promise<Record<Read, number>> {
  const cold = {} as Record<Read, number>;
  for (const name of Object.keys(reads) as Read[]) {
    if (name.startsWith("search") && !searchIndexed) {
      cold[name] = Number.NaN;
      continue;
    }
    const path = name === "clusters per view" ? `/api/cases/clusters?${views[0]}` : reads[name];
    cold[name] = await timed(() => get(`${server.url}${path}`));
  }
  return cold;
}

/** First requests are one sample per start: this many starts, their median kept. */
const firstRequestStarts = 3;

/** The median first request of each read over `firstRequestStarts` starts, the last of them `server`. */
async function medianFirstRequests(file: string, server: ServerProcess, searchIndexed: boolean) {
  const samples: Record<Read, number>[] = [];
  for (let i = 1; i < firstRequestStarts; i++) {
    const other = await startServerProcess([file]);
    try {
      samples.push(await firstRequests(other, searchIndexed));
    } finally {
      await other.stop();
    }
  }
  samples.push(await firstRequests(server, searchIndexed));
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] as number;
  return Object.fromEntries(
    (Object.keys(reads) as Read[]).map((name) => [name, median(samples.map((s) => s[name]))]),
  ) as Record<Read, number>;
}

async function measureSize(
  file: string,
  server: ServerProcess,
  cases: number,
  searchIndexed: boolean,
): Promise<Omit<SizeResult, "buildSeconds" | "databaseMB" | "searchIndexed" | "listIndexMs">> {
  const url = (path: string) => `${server.url}${path}`;
  const viewUrl = (i: number) => url(`/api/cases/clusters?${views[i % views.length]}`);
  const cold = await medianFirstRequests(file, server, searchIndexed);
  const variants: Partial<Record<Read, (i: number) => Promise<unknown>>> = {
    list: () => get(url(reads.list)),
    "one facet": () => get(url(reads["one facet"])),
    "two countries": () => get(url(reads["two countries"])),
    bbox: () => get(url(reads.bbox)),
    "clusters per view": (i) => get(viewUrl(i)),
  };
  // Without the index a search would time an empty answer.
  if (searchIndexed) {
    for (const name of searches) variants[name] = () => get(url(reads[name]));
  }
  const t = await measure(variants as Record<Read, (i: number) => Promise<unknown>>, { warmup: 2, iterations: 20 });
  const warm = {
    ...Object.fromEntries(searches.map((name) => [name, Number.NaN])),
    ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.p50])),
  } as Record<Read, number>;
  const rssBrowsing = await server.peakRss();
  let csvBytes = 0;
  const csvMs = await timed(async () => {
    csvBytes = await get(url("/api/cases.csv"));
  });
  let geoBytes = 0;
  const geoMs = await timed(async () => {
    geoBytes = await get(url("/api/cases.geojson"));
  });
  return {
    cases,
    cold,
    warm,
    csv: { ms: csvMs, mb: csvBytes / 2 ** 20 },
    geojson: { ms: geoMs, mb: geoBytes / 2 ** 20 },
    rssBrowsing,
    rssExports: await server.peakRss(),
  };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const pad = (text: string, width: number) => text.padStart(width);

function printTable(results: SizeResult[]) {
  const first = results[0] as SizeResult;
  const last = results[results.length - 1] as SizeResult;
  const head = results.map((r) => pad(`${r.cases.toLocaleString("en")} cases`, 16)).join("");
  console.log(`\n${"".padEnd(40)}${head}   ${last.cases / 1000}k/${first.cases / 1000}k  target`);
  const row = (label: string, values: number[], format: (v: number) => string, target?: string) => {
    const ratio = (values[values.length - 1] as number) / (values[0] as number);
    const shown = (v: number) => (Number.isNaN(v) ? "not indexed" : format(v));
    console.log(
      `${label.padEnd(40)}${values.map((v) => pad(shown(v), 16)).join("")}   ${pad(Number.isNaN(ratio) ? "-" : `${ratio.toFixed(2)}x`, 8)}  ${target ?? ""}`,
    );
  };
  for (const name of Object.keys(reads) as Read[]) {
    const target = name === "clusters per view" ? "" : "<= 3x";
    row(
      `${name}, p50 (cached filters)`,
      results.map((r) => r.warm[name]),
      formatMs,
      target,
    );
    row(
      `${name}, first request`,
      results.map((r) => r.cold[name]),
      formatMs,
      name === "clusters per view" ? "(index build)" : "<= 3x",
    );
  }
  row(
    "list index, build at start",
    results.map((r) => r.listIndexMs),
    formatMs,
    "before the first request",
  );
  row(
    "CSV export, whole",
    results.map((r) => r.csv.ms),
    formatMs,
    "streamed",
  );
  row(
    "GeoJSON export, whole",
    results.map((r) => r.geojson.ms),
    formatMs,
    "streamed",
  );
  row(
    "GeoJSON export size",
    results.map((r) => r.geojson.mb * 2 ** 20),
    mb,
  );
  row(
    "server peak RSS, browsing",
    results.map((r) => r.rssBrowsing),
    mb,
    "<= 1 GB at 1M",
  );
  row(
    "server peak RSS, after both exports",
    results.map((r) => r.rssExports),
    mb,
    "constant in size",
  );
  console.log(
    `built in ${results.map((r) => (r.buildSeconds === null ? "(cached)" : `${r.buildSeconds.toFixed(0)} s`)).join(" / ")}; ` +
      `databases ${results.map((r) => `${r.databaseMB.toFixed(0)} MB`).join(" / ")}`,
  );
}

/** The list index's build time the bench server printed ("list index: N ms"). */
function listIndexMs(server: ServerProcess): number {
  const line = server.printed.find((l) => l.startsWith("list index: "));
  return Number(/(\d+) ms/.exec(line ?? "")?.[1] ?? Number.NaN);
}

async function mapIdle(bigFile: string, bigCases: number, dir: string) {
  if (!existsSync(chromiumPath)) {
    console.log(`map time-to-idle skipped: no Chromium at ${chromiumPath}`);
    return;
  }
  const seed = await startServerProcess(["--seed", join(dir, "seed.db")]);
  const big = await startServerProcess([bigFile]);
  const browser = await launchBenchBrowser();
  const runs = 3;
  const times = { seed: [] as number[], big: [] as number[] };
  const counts = { seed: 0, big: 0 };
  try {
    for (let run = 0; run <= runs; run++) {
      for (const [name, server] of [
        ["seed", seed],
        ["big", big],
      ] as const) {
        const { ms, cases } = await timeToIdle(browser, `${server.url}/`);
        counts[name] = cases;
        // The first run of each warms the server (its cluster index) and is left out.
        if (run > 0) times[name].push(ms);
      }
    }
    console.log(`\nmap time-to-idle in Chromium (SwiftShader), 1280x800, median of ${runs} runs after a warm-up`);
    console.log(
      `  seed dataset (${counts.seed} cases): ${median(times.seed).toFixed(0)} ms  [${times.seed.map((t) => t.toFixed(0)).join(", ")}]`,
    );
    console.log(
      `  ${bigCases.toLocaleString("en")} generated (${counts.big.toLocaleString("en")} shown): ${median(times.big).toFixed(0)} ms  [${times.big.map((t) => t.toFixed(0)).join(", ")}]`,
    );
    console.log(
      `  ratio ${(median(times.big) / median(times.seed)).toFixed(2)}x (target <= 2x); peak RSS of the ${bigCases.toLocaleString("en")} server ${mb(await big.peakRss())}`,
    );
  } finally {
    await browser.close();
    await Promise.all([seed.stop(), big.stop()]);
  }
}

/** Sizes above this build without the search index unless asked: it is most of their build time and disk. */
const searchIndexUpTo = 100_000;

export async function runScale(maxCases: number, options: { searchAtScale?: boolean } = {}) {
  const sizes = [...new Set([10_000, 100_000, 1_000_000].filter((n) => n < maxCases).concat(maxCases))];
  const dir = await mkdtemp(join(tmpdir(), "atlas-scale-"));
  const results: SizeResult[] = [];
  let largestFile = "";
  try {
    for (const cases of sizes) {
      const searchIndexed = cases <= searchIndexUpTo || options.searchAtScale === true;
      console.log(
        `building ${cases.toLocaleString("en")} cases${searchIndexed ? "" : " (without the search index)"}...`,
      );
      const { file, buildSeconds } = await cachedBenchDatabase(cases, searchIndexed);
      largestFile = file;
      const databaseMB = (await stat(file)).size / 2 ** 20;
      const server = await startServerProcess([file]);
      try {
        const result = {
          ...(await measureSize(file, server, cases, searchIndexed)),
          listIndexMs: listIndexMs(server),
          buildSeconds,
          databaseMB,
          searchIndexed,
        };
        results.push(result);
        // Each size as it is measured, so a run cut short still tells what it measured.
        console.log(`  ${JSON.stringify(result)}`);
      } finally {
        await server.stop();
      }
      const built = buildSeconds === null ? "from the cache" : `built in ${buildSeconds.toFixed(0)} s`;
      console.log(`  ${cases.toLocaleString("en")}: ${built} (${file}), measured`);
    }
    console.log(
      "\nreads through the API over HTTP, each size served by its own process; p50 of 20 interleaved rounds; " +
        `first request = right after start (facet cache and cluster index empty, list index built), median of ${firstRequestStarts} starts`,
    );
    printTable(results);
    const largest = sizes[sizes.length - 1] as number;
    await mapIdle(largestFile, largest, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
