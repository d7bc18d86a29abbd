/**
 * `npm run bench:stack`: requests per second of /api/health and /api/config against a bare node:http
 * hello, in one run. Each server is its own process pinned to core 0 (taskset), autocannon runs here on
 * core 1; rounds alternate between the servers and their medians are compared (targets: health >= 0.60x,
 * config >= 0.50x of bare).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const rounds = 3;
const seconds = 6;
const connections = 50;
const serverScript = fileURLToPath(new URL("./stack-server.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const hasTaskset = existsSync("/usr/bin/taskset");

interface Started {
  url: string;
  child: ChildProcess;
}

async function startServerProcess(kind: "bare" | "app"): Promise<Started> {
  const command = hasTaskset ? "taskset" : tsx;
  const args = hasTaskset ? ["-c", "0", tsx, serverScript, kind] : [serverScript, kind];
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
  // Read on once the address is there: the app logs each request to stdout (a production cost, so it
  // stays), and a closed pipe would end it with EPIPE.
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = "";
    child.stdout?.on("data", (chunk) => {
      buffered += String(chunk);
      const found = buffered.split("\n").find((line) => line.startsWith("http://"));
      if (found) resolve(found.trim());
    });
    child.once("exit", () => reject(new Error(`the ${kind} server exited before printing its address`)));
  });
  return { url, child };
}

async function load(url: string, duration: number): Promise<number> {
  const result = await autocannon({ url, connections, duration });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result.requests.average;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main() {
  if (hasTaskset) spawnSync("taskset", ["-p", "-c", "1", String(process.pid)]);
  const bare = await startServerProcess("bare");
  const app = await startServerProcess("app");
  const targets = {
    bare: `${bare.url}/`,
    health: `${app.url}/api/health`,
    config: `${app.url}/api/config`,
  };
  const rates: Record<keyof typeof targets, number[]> = { bare: [], health: [], config: [] };
  try {
    for (const url of Object.values(targets)) await load(url, 2);
    for (let round = 0; round < rounds; round++) {
      for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
        rates[name].push(await load(targets[name], seconds));
      }
    }
  } finally {
    for (const { child } of [bare, app]) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
  const base = median(rates.bare);
  const line = (name: keyof typeof targets, target?: number) => {
    const rate = median(rates[name]);
    const ratio = rate / base;
    const verdict =
      target === undefined ? "" : `  (target >= ${target.toFixed(2)}x: ${ratio >= target ? "met" : "NOT met"})`;
    return `  ${name.padEnd(7)} ${rate.toFixed(0).padStart(7)} req/s  [${rates[name].map((r) => r.toFixed(0)).join(", ")}]  ${ratio.toFixed(2)}x bare${verdict}`;
  };
  console.log(
    `\nstack: autocannon ${connections} connections, ${rounds} rounds of ${seconds} s, servers on core 0${hasTaskset ? "" : " (no taskset: unpinned)"}`,
  );
  console.log(line("bare"));
  console.log(line("health", 0.6));
  console.log(line("config", 0.5));
}

await main();
