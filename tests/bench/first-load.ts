/**
 * `npm run bench` (first-load part; alone: `npm run bench:first-load -w @atlas/tests`): the explore
 * page on an emulated phone link (4 Mbps down, 100 ms latency, via the Chrome DevTools Protocol, cache
 * off), for the main branch's app (built from `main` in a temporary folder) and for this one, runs
 * alternating. Prints bytes on the wire and time until the first case card and until the map is idle
 * with its clusters, each against its target and as a before / after ratio; which catalogues were
 * loaded; and the gzipped size of the first route's own code beyond React and MapLibre.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { buildBefore, startBefore } from "./before-build.ts";
import { chromiumPath, launchBenchBrowser, median, waitForClusters } from "./map-idle.ts";
import { startServerProcess } from "./server-process.ts";

const runs = 3;
const link = { latency: 100, downloadThroughput: (4_000_000 / 8) * 1, uploadThroughput: 1_000_000 / 8 };
const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

interface Load {
  cardMs: number;
  cardBytes: number;
  idleMs: number;
  idleBytes: number;
  scripts: string[];
}

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...link });
    let bytes = 0;
    const scripts: string[] = [];
    cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
    });
    cdp.on("Network.responseReceived", (e: { response: { url: string; mimeType: string } }) => {
      if (e.response.mimeType.includes("javascript")) scripts.push(new URL(e.response.url).pathname);
    });
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector(".case-card", { timeout: 120_000 });
    const cardMs = await page.evaluate(() => performance.now());
    const cardBytes = bytes;
    await waitForClusters(page, 180_000);
    const idleMs = await page.evaluate(() => performance.now());
    return { cardMs, cardBytes, idleMs, idleBytes: bytes, scripts };
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
  console.log("building the main branch's web app for the comparison...");
  await buildBefore(dir);
  const before = await startBefore(dir);
  const after = await startServerProcess(["--seed", join(dir, "after.db")]);
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
    await after.stop();
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
  console.log(
    `\nfirst load of the explore page, 4 Mbps / 100 ms emulated, cache off, median of ${runs} runs after a warm-up`,
  );
  line("bytes until the first case card", "cardBytes", 300 * 1024);
  line("bytes until the map is idle", "idleBytes", 600 * 1024);
  line("time to the first case card", "cardMs", 3_500);
  line("time to clusters (map idle)", "idleMs", 3_500);
  const scripts = loads.after[0]?.scripts ?? [];
  const catalogues = scripts.filter((p) => /\/(en|es|fr|ar|it|el)-[\w-]+\.js$/.test(p)).map((p) => p.split("/").pop());
  console.log(`  catalogues loaded (reader en-GB): ${catalogues.join(", ") || "none"}`);
  const app = await appCodeGzip(scripts);
  console.log(
    `  app code of the first route beyond React and MapLibre: ${kb(app.bytes)} gzipped (target <= 150 KB): ${app.bytes <= 150 * 1024 ? "met" : "NOT met"} [${app.files.map((f) => f.split("/").pop()).join(", ")}]`,
  );
}

await main();
