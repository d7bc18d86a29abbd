/**
 * `npm run bench:network -w @atlas/tests`: the network explorer in Chromium with generated networks
 * of 500 nodes / 2,000 edges (drawn as SVG) and 5,000 nodes / 20,000 edges (drawn on a canvas). The
 * page is the real built explorer; only its /api/network answer is replaced by the generated network.
 * Prints the server-side metrics time, the time from the network's arrival to its first drawing
 * (layout in a worker plus render), and frame times while zooming and hovering. Never fails on a time.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { readEnv } from "@atlas/api/env";
import { startServer } from "@atlas/api/server";
import { chromium, type Page } from "playwright-core";
import type { Graph } from "../../api/src/features/network/build.ts";
import { toNetwork } from "../../api/src/features/network/network.ts";
import { toSector } from "../../api/src/features/network/sectors.ts";
import { stakeholderTypes } from "./generate.ts";
import { percentile } from "./measure.ts";
import { createRandom, integerBetween, pick } from "./random.ts";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));
const sizes = [
  { nodes: 500, edges: 2_000 },
  { nodes: 5_000, edges: 20_000 },
];
const relationshipTypes = [
  "funding",
  "agreement",
  "partnership",
  "governance-seat",
  "service-delivery",
  "knowledge-exchange",
  "asset-transfer",
  "regulation",
  "membership",
];

/**
 * Stakeholders in groups of 4 to 40 (like the actors of one case or programme), most ties within a
 * group, one in eight between groups, so the picture has structure for the layout to find.
 */
function generateGraph(nodeCount: number, edgeCount: number, seed: number): Graph {
  const random = createRandom(seed);
  const group: number[] = [];
  while (group.length < nodeCount) {
    const size = integerBetween(random, 4, 40);
    const id = group.length === 0 ? 0 : (group.at(-1) as number) + 1;
    for (let i = 0; i < size && group.length < nodeCount; i++) group.push(id);
  }
  const members = new Map<number, number[]>();
  group.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const nodes: Graph["nodes"] = group.map((g, i) => {
    const type = pick(random, stakeholderTypes);
    return {
      id: `s${i}`,
      kind: "stakeholder",
      label: `Stakeholder ${i} of group ${g}`,
      type,
      sector: toSector(type),
      country: null,
      caseIds: [`case-${g}`],
      countries: [],
    };
  });
  const edges: Graph["edges"] = [];
  while (edges.length < edgeCount) {
    const source = integerBetween(random, 0, nodeCount - 1);
    const local = members.get(group[source] as number) ?? [];
    const target = random() < 0.875 ? pick(random, local) : integerBetween(random, 0, nodeCount - 1);
    if (source === target) continue;
    edges.push({
      id: `e${edges.length}`,
      source: `s${source}`,
      target: `s${target}`,
      kind: "relationship",
      type: pick(random, relationshipTypes),
      directed: random() < 0.6,
      caseIds: [`case-${group[source]}`],
      weight: 1,
      startYear: null,
      endYear: null,
      basis: null,
    });
  }
  return { nodes, edges };
}

/** Frame intervals seen by requestAnimationFrame while `act` runs. */
async function frameTimes(page: Page, act: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.recording = true;
    let last = performance.now();
    const loop = (now) => {
      window.frames_.push(now - last);
      last = now;
      if (window.recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  await act();
  return page.evaluate<number[]>("(window.recording = false, window.frames_.slice(1))");
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function benchSize(page: Page, url: string, nodeCount: number, edgeCount: number) {
  const graph = generateGraph(nodeCount, edgeCount, 42);
  const started = performance.now();
  const network = toNetwork({ cases: [], participations: [], relationships: [] }, graph, {
    view: "stakeholders",
    coParticipation: false,
  });
  const metricsMs = performance.now() - started;
  const body = JSON.stringify(network);
  let arrived = 0;
  await page.route("**/api/network?*", async (route) => {
    arrived = performance.now();
    await route.fulfill({ status: 200, contentType: "application/json", body });
  });
  await page.goto(`${url}/network`);
  await page.waitForFunction(
    () => document.querySelector(".graph-canvas") !== null || document.querySelectorAll(".graph-node").length > 0,
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  const drawnMs = performance.now() - arrived;
  const renderer = (await page.locator(".graph-canvas").count()) > 0 ? "canvas" : "SVG";
  const box = await page.locator(".graph").boundingBox();
  if (!box) throw new Error("no graph on the page");
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  const zoom = await frameTimes(page, async () => {
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, i < 15 ? -120 : 120);
      await page.waitForTimeout(30);
    }
    // The canvas redraws at full quality once the view rests: that frame counts too.
    await page.waitForTimeout(400);
  });
  const hover = await frameTimes(page, async () => {
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(box.x + 40 + ((box.width - 80) * i) / 40, centre.y + Math.sin(i) * 80);
      await page.waitForTimeout(25);
    }
  });
  await page.unroute("**/api/network?*");
  const summary = (frames: number[]) => {
    const sorted = [...frames].sort((a, b) => a - b);
    return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1) ?? 0)} over ${frames.length} frames`;
  };
  console.log(`${nodeCount} nodes, ${edgeCount} edges (${renderer}):`);
  console.log(`  metrics on the server (betweenness, brokerage, components): ${ms(metricsMs)}`);
  console.log(`  data arrival to first drawing (layout in a worker + render): ${ms(drawnMs)}`);
  console.log(`  frame time while zooming:  ${summary(zoom)}`);
  console.log(`  frame time while hovering: ${summary(hover)}`);
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "atlas-network-bench-"));
  const server = await startServer(
    readEnv({ PORT: "0", DATABASE_URL: `file:${join(dir, "bench.db")}`, WEB_DIST: webDist, LOG_LEVEL: "warn" }),
  );
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    console.log(
      `network explorer bench, ${new Date().toISOString()}, Chromium ${browser.version()}, Node ${process.version}`,
    );
    for (const size of sizes) await benchSize(page, server.url, size.nodes, size.edges);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
