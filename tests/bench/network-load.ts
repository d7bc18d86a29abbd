/**
 * `npm run bench:network-load -w @atlas/tests`: network metrics at scale (issue 18, point 5).
 * A database holding the seed data plus a generated network of 5,000 actors in 20,000
 * recorded ties (groups of 4 to 40, one case each, one tie in eight between groups), whose cases are
 * the only ones in one country, so the explorer's country filter shows exactly that network. The
 * server runs as its own process, so this process's load generator does not share its event loop.
 * Prints, from one run:
 *  - betweenness alone at this size: exact vs the sampled estimate the API uses (and its stated error);
 *  - /api/health latency idle, then while the network is computed, for the server with a worker
 *    thread and for the same server computing on its request thread (WORKER_THREADS=0): p99 ratios;
 *  - the network answer cold (computed) and warm (cached by data version);
 *  - the explorer in Chromium until the network is drawn, cold and warm (target < 3 s).
 * Never fails on a time. `--graphology` also times graphology's exact betweenness (the former method).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { chromium } from "playwright-core";
import { betweenness, defaultBetweenness, toAdjacency } from "../../api/src/features/network/betweenness.ts";
import { type AtlasProcess, startAtlas } from "../ops/atlas-process.ts";
import { toInsertStatements } from "./load.ts";
import { percentile } from "./measure.ts";
import { createRandom, integerBetween, pick } from "./random.ts";

const actors = 5_000;
const ties = 20_000;
/** A code no real case has (ISO 3166 leaves ZZ to users): the explorer's filter selects exactly the generated cases. */
const country = "ZZ";
const networkPath = `/api/network?view=stakeholders&coParticipation=false&country=${country}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));
const types = ["public-local", "public-regional", "sse-organisation", "community-group", "research", "funder"];

/** Groups of actors, one case per group, ties mostly within a group: the explorer's large-network shape. */
function generateNetwork(seed: number) {
  const random = createRandom(seed);
  const group: number[] = [];
  while (group.length < actors) {
    const size = integerBetween(random, 4, 40);
    const id = group.length === 0 ? 0 : (group.at(-1) as number) + 1;
    for (let i = 0; i < size && group.length < actors; i++) group.push(id);
  }
  const groups = (group.at(-1) as number) + 1;
  const members = Array.from({ length: groups }, () => [] as number[]);
  group.forEach((g, i) => {
    members[g]?.push(i);
  });
  const cases = members.map((_, g) => [`bench-case-${g}`, `Generated case ${g}`, "A generated case.", country]);
  const stakeholders = group.map((g, i) => [`bench-s${i}`, `Actor ${i} of group ${g}`, pick(random, types)]);
  const participations = group.map((g, i) => [`bench-case-${g}`, `bench-s${i}`, "partner"]);
  const relationships: (string | number)[][] = [];
  const seen = new Set<string>();
  while (relationships.length < ties) {
    const s = integerBetween(random, 0, actors - 1);
    const local = members[group[s] as number] ?? [];
    const t = random() < 0.875 ? pick(random, local) : integerBetween(random, 0, actors - 1);
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    relationships.push([
      `bench-r${relationships.length}`,
      `bench-case-${group[s]}`,
      `bench-s${s}`,
      `bench-s${t}`,
      "partnership",
      0,
    ]);
  }
  return { cases, stakeholders, participations, relationships };
}

/**
 * Adds the generated network to the database of a running server (its start seeds the data files,
 * which would remove records they do not hold): a second connection, as another process would.
 */
async function addNetwork(url: string, data: ReturnType<typeof generateNetwork>) {
  const client = createClient({ url });
  await client.execute("PRAGMA busy_timeout = 5000");
  await client.batch(
    [
      ...toInsertStatements("cases", ["id", "title", "summary", "country"], data.cases),
      ...toInsertStatements("stakeholders", ["id", "name", "type"], data.stakeholders),
      ...toInsertStatements("participations", ["case_id", "stakeholder_id", "role"], data.participations),
      ...toInsertStatements(
        "relationships",
        ["id", "case_id", "from_id", "to_id", "type", "directed"],
        data.relationships,
      ),
    ],
    "write",
  );
  client.close();
}

/** Betweenness alone, in this process: exact (ours, and optionally graphology's) and sampled. */
function timeBetweenness(data: ReturnType<typeof generateNetwork>, withGraphology: boolean) {
  const pairs = data.relationships.map(
    (r) => [Number(String(r[2]).slice(7)), Number(String(r[3]).slice(7))] as [number, number],
  );
  const adjacency = toAdjacency(actors, pairs);
  let started = performance.now();
  const exact = betweenness(adjacency, { exactUpTo: Number.POSITIVE_INFINITY, sources: 0 });
  const exactMs = performance.now() - started;
  started = performance.now();
  const sampled = betweenness(adjacency, defaultBetweenness);
  const sampledMs = performance.now() - started;
  let maxError = 0;
  exact.values.forEach((v, i) => {
    maxError = Math.max(maxError, Math.abs(v - (sampled.values[i] as number)));
  });
  let graphologyMs: number | undefined;
  if (withGraphology) {
    const g = new UndirectedGraph();
    for (let i = 0; i < actors; i++) g.addNode(String(i));
    for (const [a, b] of pairs) g.mergeEdge(String(a), String(b));
    started = performance.now();
    betweennessCentrality(g);
    graphologyMs = performance.now() - started;
  }
  const stated = sampled.method.method === "sampled" ? sampled.method.error : 0;
  return { exactMs, sampledMs, graphologyMs, maxError, stated, top: Math.max(...exact.values) };
}

/** Sequential /api/health calls until `until` settles (or for `ms`): their latencies, sorted. */
async function probeHealth(url: string, options: { ms?: number; until?: Promise<unknown> }) {
  const latencies: number[] = [];
  let done = false;
  const stop = () => {
    done = true;
  };
  options.until?.then(stop, stop);
  const end = performance.now() + (options.ms ?? Number.POSITIVE_INFINITY);
  while (!done && performance.now() < end) {
    const started = performance.now();
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

async function timeNetwork(url: string) {
  const started = performance.now();
  const res = await fetch(`${url}${networkPath}`);
  const body = (await res.json()) as { nodes: unknown[]; metrics: { betweenness: { method: string } } };
  if (res.status !== 200) throw new Error(`network: ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - started, nodes: body.nodes.length, method: body.metrics.betweenness.method };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Health idle, then during the first (uncached) network computation; then the network again, cached. */
async function underLoad(atlas: AtlasProcess) {
  await probeHealth(atlas.url, { ms: 1_000 });
  const idle = await probeHealth(atlas.url, { ms: 4_000 });
  const network = timeNetwork(atlas.url);
  const busy = await probeHealth(atlas.url, { until: network });
  const cold = await network;
  const warm = await timeNetwork(atlas.url);
  return { idle, busy, cold, warm };
}

async function explorerReady(url: string) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      const started = performance.now();
      await page.goto(`${url}/network?ties=recorded&country=${country}`);
      await page.waitForFunction(() => document.querySelector(".graph-canvas") !== null, undefined, {
        polling: "raf",
        timeout: 120_000,
      });
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await browser.close();
  }
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "atlas-network-load-"));
  const running: AtlasProcess[] = [];
  try {
    const data = generateNetwork(20261130);
    console.log(
      `\nnetwork metrics at scale, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} CPUs: ` +
        `${actors} actors, ${data.relationships.length} ties in ${data.cases.length} generated cases (+ the seed data)`,
    );
    const b = timeBetweenness(data, process.argv.includes("--graphology"));
    console.log(
      `betweenness alone: exact ${ms(b.exactMs)}, sampled (${defaultBetweenness.sources} sources) ${ms(b.sampledMs)} ` +
        `-> ${(b.exactMs / b.sampledMs).toFixed(1)}x faster; stated error ±${b.stated.toExponential(2)}, ` +
        `largest actual ${b.maxError.toExponential(2)} (highest value ${b.top.toExponential(2)})` +
        (b.graphologyMs
          ? `; graphology exact (before) ${ms(b.graphologyMs)} -> ${(b.graphologyMs / b.sampledMs).toFixed(1)}x`
          : ""),
    );
    const rows: string[] = [];
    for (const threads of ["1", "0"]) {
      const url = `file:${join(dir, `network-${threads}.db`)}`;
      console.log(`starting a server with WORKER_THREADS=${threads}…`);
      const atlas = await startAtlas({
        DATABASE_URL: url,
        WORKER_THREADS: threads,
        LOG_LEVEL: "warn",
        WEB_DIST: webDist,
      });
      running.push(atlas);
      await addNetwork(url, data);
      const r = await underLoad(atlas);
      const idle99 = percentile(r.idle, 99);
      const busy99 = percentile(r.busy, 99);
      rows.push(
        `  ${threads === "1" ? "worker thread  " : "request thread "}  idle p50 ${ms(percentile(r.idle, 50))} p99 ${ms(idle99)} (${r.idle.length})` +
          `  computing p50 ${ms(percentile(r.busy, 50))} p99 ${ms(busy99)} max ${ms(r.busy.at(-1) ?? 0)} (${r.busy.length})` +
          `  -> p99 ${(busy99 / idle99).toFixed(2)}x idle (target <= 2x)` +
          `  | network cold ${ms(r.cold.ms)} (${r.cold.nodes} nodes, ${r.cold.method}), cached ${ms(r.warm.ms)}`,
      );
      if (threads === "1") {
        const [cold, warm] = await explorerReady(atlas.url);
        rows.push(
          `  explorer in Chromium until drawn: first visit ${ms(cold ?? 0)}, again ${ms(warm ?? 0)} (target < 3,000 ms)`,
        );
      }
      await atlas.stop();
      running.pop();
    }
    console.log("/api/health while the network is computed, server in its own process:");
    for (const row of rows) console.log(row);
  } finally {
    await Promise.all(running.map((a) => a.stop()));
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
