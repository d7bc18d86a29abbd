/**
 * `npm run bench:stack`: requests per second of /api/health and /api/config against a bare node:http
 * hello, in one run. Each server is its own process pinned to core 0 (taskset), autocannon runs here on
 * core 1; rounds alternate between the servers and their medians are compared (targets: health >= 0.60x,
 * config >= 0.50x of bare). On a shared machine the rate of a round depends on what else ran in it, so
 * the bench also reads each server's own CPU time (/proc/<pid>/stat) per request served: bare's CPU per
 * request over the app's is the rate the app would reach against bare on a core of its own.
 * `--rounds N` (3), `--seconds N` (6). `--baseline DIR`: also runs the app of another checkout (another
 * commit, with its own `npm install`) in the same rounds, and prints its figures as "before".
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number of at least 1`);
  return value;
};
const rounds = option("rounds", 3);
const seconds = option("seconds", 6);
const connections = 50;
const serverScript = fileURLToPath(new URL("./stack-server.ts", import.meta.url));
const baselineAt = process.argv.indexOf("--baseline");
const baselineDir = baselineAt >= 0 ? process.argv[baselineAt + 1] : undefined;
if (baselineAt >= 0 && !baselineDir) throw new Error("--baseline takes the directory of another checkout");
const hasTaskset = existsSync("/usr/bin/taskset");
const clockTicks = 100;

interface Started {
  url: string;
  child: ChildProcess;
  logDir: string;
}

async function startServerProcess(kind: "bare" | "app", script = serverScript): Promise<Started> {
  // Node itself (not the tsx launcher, which would run it as a child): its pid is the server's, for its CPU time.
  const node = [process.execPath, "--import", "tsx", script, kind];
  const [command, ...args] = hasTaskset ? ["taskset", "-c", "0", ...node] : node;
  // The server's stdout (its address, then a log line per request: a production cost, so it stays)
  // goes to a file, as it would to a log shipper: read through a pipe here, the lines would be
  // consumed on the load generator's core and slow it down for the routes that log at info level.
  const logDir = await mkdtemp(join(tmpdir(), "atlas-stack-log-"));
  const logFile = join(logDir, `${kind}.log`);
  const out = openSync(logFile, "w");
  const child = spawn(command as string, args, { stdio: ["ignore", out, "inherit"] });
  closeSync(out);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  let url: string | undefined;
  while (!url) {
    if (exited) throw new Error(`the ${kind} server exited before printing its address`);
    await sleep(100);
    url = readFileSync(logFile, "utf8")
      .split("\n")
      .find((line) => line.startsWith("http://"))
      ?.trim();
  }
  return { url, child, logDir };
}

/** The process's user + system CPU time so far, in seconds (Linux; 0 elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return 0;
  // Fields after the command name (which may hold spaces) start at the state, field 3; utime and stime are 14 and 15.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

interface Round {
  rate: number;
  /** Server CPU time per request, in microseconds (NaN without /proc). */
  cpuPerRequest: number;
}

async function load(url: string, duration: number, pid?: number): Promise<Round> {
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ url, connections, duration });
  const cpu = cpuSeconds(pid) - cpuBefore;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { rate: result.requests.average, cpuPerRequest: cpu > 0 ? (cpu / result.requests.total) * 1e6 : Number.NaN };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main() {
  if (hasTaskset) spawnSync("taskset", ["-p", "-c", "1", String(process.pid)]);
  const bare = await startServerProcess("bare");
  const app = await startServerProcess("app");
  const before = baselineDir
    ? await startServerProcess("app", join(baselineDir, "tests/bench/stack-server.ts"))
    : undefined;
  const targets: Record<string, { url: string; pid?: number }> = {
    bare: { url: `${bare.url}/`, pid: bare.child.pid },
    ...(before && {
      "health before": { url: `${before.url}/api/health`, pid: before.child.pid },
      "config before": { url: `${before.url}/api/config`, pid: before.child.pid },
    }),
    health: { url: `${app.url}/api/health`, pid: app.child.pid },
    config: { url: `${app.url}/api/config`, pid: app.child.pid },
  };
  const runs: Record<string, Round[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
  try {
    for (const { url } of Object.values(targets)) await load(url, 2);
    for (let round = 0; round < rounds; round++) {
      for (const [name, target] of Object.entries(targets)) {
        runs[name]?.push(await load(target.url, seconds, target.pid));
      }
    }
  } finally {
    for (const { child, logDir } of before ? [bare, app, before] : [bare, app]) {
      child.kill("SIGTERM");
      await once(child, "exit");
      await rm(logDir, { recursive: true, force: true });
    }
  }
  const rates = (name: string) => (runs[name] ?? []).map((r) => r.rate);
  const cpus = (name: string) => (runs[name] ?? []).map((r) => r.cpuPerRequest);
  const base = median(rates("bare"));
  const baseCpu = median(cpus("bare"));
  const line = (name: string, target?: number) => {
    const rate = median(rates(name));
    const ratio = rate / base;
    const cpuRatio = baseCpu / median(cpus(name));
    const verdict = (r: number) =>
      target === undefined ? "" : ` (target >= ${target.toFixed(2)}x: ${r >= target ? "met" : "NOT met"})`;
    const cpu = Number.isNaN(cpuRatio)
      ? ""
      : `\n                 CPU ${median(cpus(name)).toFixed(0).padStart(5)} µs/request [${cpus(name)
          .map((c) => c.toFixed(0))
          .join(", ")}]  ${cpuRatio.toFixed(2)}x bare's${verdict(cpuRatio)}`;
    return `  ${name.padEnd(14)} ${rate.toFixed(0).padStart(7)} req/s  [${rates(name)
      .map((r) => r.toFixed(0))
      .join(", ")}]  ${ratio.toFixed(2)}x bare${verdict(ratio)}${cpu}`;
  };
  console.log(
    `\nstack: autocannon ${connections} connections, ${rounds} rounds of ${seconds} s, servers on core 0${hasTaskset ? "" : " (no taskset: unpinned)"}`,
  );
  console.log(line("bare"));
  if (before) {
    console.log(line("health before", 0.6));
    console.log(line("config before", 0.5));
  }
  console.log(line("health", 0.6));
  console.log(line("config", 0.5));
}

await main();
