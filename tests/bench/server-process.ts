/** Starts tests/bench/bench-server.ts as a child process (on core 0 where taskset exists) and reads its peak memory. */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./bench-server.ts", import.meta.url));
const hasTaskset = existsSync("/usr/bin/taskset");

export interface ServerProcess {
  url: string;
  /** The lines it printed before its address. */
  printed: string[];
  /** The highest resident memory of the process so far (VmHWM), in bytes. */
  peakRss: () => Promise<number>;
  stop: () => Promise<void>;
}

export async function startServerProcess(args: string[]): Promise<ServerProcess> {
  const node = [process.execPath, "--import", "tsx", script, ...args];
  const [command, ...rest] = hasTaskset ? ["taskset", "-c", "0", ...node] : node;
  const child: ChildProcess = spawn(command as string, rest, { stdio: ["ignore", "pipe", "inherit"] });
  let buffered = "";
  let url: string | undefined;
  for await (const chunk of child.stdout ?? []) {
    buffered += String(chunk);
    url = buffered.split("\n").find((line) => line.startsWith("http://"));
    if (url) break;
  }
  if (!url) throw new Error(`bench server ${args.join(" ")} exited before printing its address`);
  const lines = buffered.split("\n");
  return {
    url: url.trim(),
    printed: lines.slice(0, lines.indexOf(url)),
    async peakRss() {
      const status = await readFile(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
    async stop() {
      child.kill("SIGTERM");
      if (child.exitCode === null) await once(child, "exit");
    },
  };
}
