/**
 * `npm run bench` (map part): time from navigation to an idle explore map with its cases drawn, in
 * Chromium, for the seed dataset and for the seed plus 10,000 generated cases, and their ratio
 * (target: at most 2x). Runs alternate between the two servers; medians of the runs are compared.
 */

import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "@atlas/api/app";
import { webApp } from "@atlas/api/web-app";
import type { Database } from "@atlas/db/client";
import { prepareDatabase } from "@atlas/db/prepare";
import { serve } from "@hono/node-server";
import { generateCorpus } from "./generate.ts";
import { caseStatements } from "./load.ts";
import { chromiumPath, launchBenchBrowser, median, timeToIdle } from "./map-idle.ts";

const extraCases = 10_000;
const runs = 5;
const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

async function addGeneratedCases(db: Database, count: number) {
  await db.$client.batch(caseStatements(generateCorpus(count, 7), "bench-"), "write");
}

async function startBenchServer(db: Database) {
  const app = createApp({ web: webApp(webDist) });
  const server = serve({ fetch: (req, env) => app.fetch(req, { ...env, db }), port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function main() {
  if (!existsSync(join(webDist, "index.html"))) throw new Error("Build the web app first (npm run build).");
  if (!existsSync(chromiumPath)) {
    console.log(`map bench skipped: no Chromium at ${chromiumPath}`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), "atlas-map-bench-"));
  const seed = await prepareDatabase({ url: `file:${join(dir, "seed.db")}` });
  const big = await prepareDatabase({ url: `file:${join(dir, "big.db")}` });
  await addGeneratedCases(big.db, extraCases);
  const servers = { seed: await startBenchServer(seed.db), big: await startBenchServer(big.db) };
  const browser = await launchBenchBrowser();
  const times: Record<keyof typeof servers, number[]> = { seed: [], big: [] };
  const counts: Record<keyof typeof servers, number> = { seed: 0, big: 0 };
  try {
    for (let run = 0; run < runs + 1; run++) {
      for (const name of ["seed", "big"] as const) {
        const { ms, cases } = await timeToIdle(browser, `${servers[name].url}/`);
        counts[name] = cases;
        if (run > 0) times[name].push(ms);
      }
    }
  } finally {
    await browser.close();
    await Promise.all([servers.seed.close(), servers.big.close()]);
    seed.db.$client.close();
    big.db.$client.close();
    await rm(dir, { recursive: true, force: true });
  }
  const a = median(times.seed);
  const b = median(times.big);
  console.log(`\nmap time-to-idle in Chromium (SwiftShader), 1280x800, median of ${runs} runs after a warm-up`);
  console.log(
    `  seed dataset (${counts.seed} cases): ${a.toFixed(0)} ms   [${times.seed.map((t) => t.toFixed(0)).join(", ")}]`,
  );
  console.log(
    `  seed + ${extraCases} generated (${counts.big} cases): ${b.toFixed(0)} ms   [${times.big.map((t) => t.toFixed(0)).join(", ")}]`,
  );
  console.log(`  ratio ${(b / a).toFixed(2)}x (target <= 2x)`);
}

await main();
