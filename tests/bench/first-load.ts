/**
 * `npm run bench` (first-load part; alone: `npm run bench:first-load -w @atlas/tests`): the explore
 * page on an emulated phone link (4 Mbps down, 100 ms latency, via the Chrome DevTools Protocol, cache
 * off), for the main branch's app (built from `main` in a temporary folder) and for this one, runs
 * alternating. Prints bytes on the wire and time until the first case card and until the map is idle
 * with its clusters, each against its target and as a before / after ratio; what had arrived before
 * the first card; which catalogues were loaded; and the gzipped size of the first route's own code
 * beyond React and MapLibre. Times and bytes are read in the page (Resource Timing, which also sees
 * MapLibre's worker script), never across a round trip to a busy page. `--runs N` (3), `--cpu N`
 * slows the processor N times as well, as DevTools does for a phone (off by default: the shared
 * machine is slow enough), `--before REF` compares with another commit than `main`.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { buildBefore, startAppServer } from "./before-build.ts";
import { chromiumPath, launchBenchBrowser, median, waitForClusters } from "./map-idle.ts";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 1) throw new Error(`--${name} takes a number of at least 1`);
  return value;
};
const runs = option("runs", 3);
const beforeAt = process.argv.indexOf("--before");
const beforeRef = beforeAt >= 0 ? (process.argv[beforeAt + 1] ?? "main") : "main";
/** A phone's slower processor, as Chrome DevTools emulates it (1 = this machine's own speed). */
const cpuSlowdown = option("cpu", 1);
const link = { latency: 100, downloadThroughput: (4_000_000 / 8) * 1, uploadThroughput: 1_000_000 / 8 };
const repo = fileURLToPath(new URL("../..", import.meta.url));
const webDist = join(repo, "web", "dist");

interface Resource {
  path: string;
  bytes: number;
  end: number;
}

interface Load {
  cardMs: number;
  cardBytes: number;
  idleMs: number;
  idleBytes: number;
  scripts: string[];
  /** What had arrived when the first card was drawn. */
  beforeCard: Resource[];
}

/**
 * Notes, from inside the page, the frame the first case card is drawn in: a round trip from here would
 * wait for a main thread busy with other work and count what arrived meanwhile.
 */
function noteFirstCard() {
  performance.setResourceTimingBufferSize(1000);
  const page = window as unknown as { firstCardAt?: number };
  new MutationObserver((_, observer) => {
    if (!document.querySelector(".case-card")) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      page.firstCardAt = performance.now();
    });
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Everything the page (and MapLibre's worker, whose script the page fetches) received, from its own
 * Resource Timing: bytes as transferred (compressed body and headers), and when each arrived.
 */
function readResources(): Resource[] {
  const entries = [
    ...performance.getEntriesByType("navigation"),
    ...performance.getEntriesByType("resource"),
  ] as PerformanceResourceTiming[];
  return entries.map((e) => ({ path: new URL(e.name).pathname, bytes: e.transferSize, end: e.responseEnd }));
}

const sum = (resources: Resource[]) => resources.reduce((total, r) => total + r.bytes, 0);

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  try {
    await context.addInitScript(noteFirstCard);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...link });
    if (cpuSlowdown > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.goto(url, { waitUntil: "commit" });
    const card = await page.waitForFunction(
      () => (window as unknown as { firstCardAt?: number }).firstCardAt,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const cardMs = (await card.jsonValue()) as number;
    const idleMs = await waitForClusters(page, 180_000);
    const resources = await page.evaluate(readResources);
    const beforeCard = resources.filter((r) => r.end <= cardMs);
    const scripts = resources.filter((r) => /\.m?js$/.test(r.path)).map((r) => r.path);
    return { cardMs, cardBytes: sum(beforeCard), idleMs, idleBytes: sum(resources), scripts, beforeCard };
  } finally {
    await context.close();
  }
}

/** Gzipped bytes of the scripts the first route loaded, beyond React and MapLibre (and its worker). */
async function appCodeGzip(scripts: string[]): Promise<{ bytes: number; files: string[] }> {
  const own = [...new Set(scripts)].filter((p) => p.startsWith("/assets/") && !/\/(react|maplibre)[-.]/.test(p));
  let bytes = 0;
  for (const path of own) {
    const file = join(webDist, path);
    bytes += existsSync(`${file}.gz`) ? (await stat(`${file}.gz`)).size : (await readFile(file)).byteLength;
  }
  return { bytes, files: own };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  if (!existsSync(chromiumPath)) {
    console.log(`first-load bench skipped: no Chromium at ${chromiumPath}`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "atlas-before-"));
  console.log(`building the web app of ${beforeRef} for the comparison...`);
  await buildBefore(dir, beforeRef);
  const before = await startAppServer(dir, join(dir, "before.db"));
  const after = await startAppServer(repo, join(dir, "after.db"));
  const browser = await launchBenchBrowser();
  const loads: Record<"before" | "after", Load[]> = { before: [], after: [] };
  const failures: string[] = [];
  try {
    for (let run = 0; run <= runs; run++) {
      for (const [name, server] of [
        ["before", before],
        ["after", after],
      ] as const) {
        // A load that times out on the shared machine is counted and left out, not allowed to end the run.
        const load = await loadOnce(browser, `${server.url}/`).catch((error: Error) => {
          failures.push(`${name}, run ${run}: ${error.message.split("\n")[0]}`);
          return undefined;
        });
        if (run > 0 && load) loads[name].push(load);
      }
    }
  } finally {
    await browser.close();
    before.stop();
    after.stop();
    await rm(dir, { recursive: true, force: true });
  }
  if (failures.length) console.log(`loads that did not finish: ${failures.join("; ")}`);
  const m = (name: "before" | "after", key: "cardMs" | "cardBytes" | "idleMs" | "idleBytes") =>
    median(loads[name].map((l) => l[key]));
  const line = (label: string, key: "cardMs" | "cardBytes" | "idleMs" | "idleBytes", target: number) => {
    const format = key.endsWith("Ms") ? s : kb;
    const a = m("after", key);
    const b = m("before", key);
    const verdict = a <= target ? "met" : "NOT met";
    console.log(
      `  ${label.padEnd(34)} before ${format(b).padStart(9)}   after ${format(a).padStart(9)}   after/before ${(a / b).toFixed(2)}x   target <= ${format(target)}: ${verdict}`,
    );
  };
  const cpu = cpuSlowdown > 1 ? `, processor ${cpuSlowdown}x slower` : "";
  console.log(
    `\nfirst load of the explore page, 4 Mbps / 100 ms emulated${cpu}, cache off, median of ${runs} runs after a warm-up`,
  );
  line("bytes until the first case card", "cardBytes", 300 * 1024);
  line("bytes until the map is idle", "idleBytes", 600 * 1024);
  line("time to the first case card", "cardMs", 3_500);
  line("time to clusters (map idle)", "idleMs", 3_500);
  const first = loads.after[0];
  if (first) {
    const files = first.beforeCard.map((r) => `${r.path.split("/").pop()} ${(r.bytes / 1024).toFixed(1)}`);
    console.log(`  on the wire before the first card (after, KB): ${files.join(", ")}`);
  }
  const scripts = first?.scripts ?? [];
  const catalogues = scripts.filter((p) => /\/(en|es|fr|ar|it|el)-[\w-]+\.js$/.test(p)).map((p) => p.split("/").pop());
  console.log(`  catalogues loaded (reader en-GB): ${catalogues.join(", ") || "none"}`);
  const app = await appCodeGzip(scripts);
  console.log(
    `  app code of the first route beyond React and MapLibre: ${kb(app.bytes)} gzipped (target <= 150 KB): ${app.bytes <= 150 * 1024 ? "met" : "NOT met"} [${app.files.map((f) => f.split("/").pop()).join(", ")}]`,
  );
}

await main();
