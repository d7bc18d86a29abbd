/**
 * Runs the real server as its own process (`node --import tsx api/src/main.ts`, as the systemd unit
 * in docs/deploy.md does), reading its JSON log lines, for the tests of several processes, shutdown
 * and backups. Also the CLIs (db:backup, db:restore) as processes.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export type LogLine = Record<string, unknown> & { msg: string };

export interface AtlasProcess {
  url: string;
  child: ChildProcess;
  logs: LogLine[];
  /** Resolves with the first log line (past or future) that `match` accepts. */
  waitForLog: (match: (line: LogLine) => boolean) => Promise<LogLine>;
  /** Sends the signal and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    WEB_DIST: `${root}/var/no-web-app`,
    LOG_LEVEL: "info",
    ...env,
  };
}

/** `env` may not lower LOG_LEVEL below info: the "listening" line is how the address is learnt. */
export function startAtlas(env: Record<string, string>): Promise<AtlasProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "api/src/main.ts"], {
    cwd: root,
    env: baseEnv({ PORT: "0", HOST: "127.0.0.1", ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: LogLine[] = [];
  const waiters = new Set<{ match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }>();
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (text) => {
    if (!text.startsWith("{")) return;
    const line = JSON.parse(text) as LogLine;
    logs.push(line);
    for (const waiter of waiters) {
      if (!waiter.match(line)) continue;
      waiters.delete(waiter);
      waiter.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitForLog = (match: (line: LogLine) => boolean) => {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<LogLine>((resolve, reject) => {
      waiters.add({ match, resolve });
      void exited.then((code) => {
        // Its last log lines say why (a failed migration logs an error line before it exits).
        const last = logs.slice(-5).map((l) => JSON.stringify(l));
        reject(new Error(`the server exited (${code}) first:\n${[...last, stderr].join("\n")}`));
      });
    });
  };
  return waitForLog((l) => l.msg === "listening").then((line) => ({
    url: String(line.url),
    child,
    logs,
    waitForLog,
    stop: (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  }));
}

/** Runs a CLI of the api workspace to its end: exit code, stdout and stderr. */
export function runCli(
  script: "db-backup" | "db-restore" | "curator",
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", `api/src/cli/${script}.ts`, ...args], {
    cwd: root,
    env: baseEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

/** A JSON API call, from a given caller address (the servers trust one proxy's X-Forwarded-For). */
export async function call<T = Record<string, unknown>>(
  url: string,
  method: string,
  path: string,
  options: { secret?: string; body?: unknown; from?: string } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { "x-forwarded-for": options.from ?? "192.0.2.10" };
  if (options.secret) headers.authorization = `Bearer ${options.secret}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${url}/api${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}

/** A workshop with its facilitator's secret, its first list and its join code. */
export async function createWorkshop(url: string, from: string) {
  const created = await call<{ workshopId: string; secret: string; joinCode: string }>(url, "POST", "/workshops", {
    from,
    body: { title: "Ops test", language: "en", facilitatorName: "Facilitator" },
  });
  if (created.status !== 201) throw new Error(`create workshop: ${JSON.stringify(created.body)}`);
  const { workshopId: id, secret, joinCode } = created.body;
  const state = await call<{ lists: { id: string }[] }>(url, "GET", `/workshops/${id}`, { secret });
  return { id, secret, joinCode, listId: state.body.lists[0]?.id ?? "" };
}

/** An open event stream of a member: the text received so far, and a way to wait for more. */
export async function openStream(url: string, workshopId: string, secret: string) {
  const token = await call<{ token: string }>(url, "POST", `/workshops/${workshopId}/stream-tokens`, {
    secret,
    body: {},
  });
  const controller = new AbortController();
  const res = await fetch(`${url}/api/workshops/${workshopId}/events?token=${token.body.token}`, {
    signal: controller.signal,
  });
  if (!res.body) throw new Error("no stream");
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  let ended = false;
  const listeners = new Set<() => void>();
  const reading = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += chunk.value;
        for (const listener of listeners) listener();
      }
    } catch {
      // Aborted by close().
    }
    ended = true;
    for (const listener of listeners) listener();
  })();
  const stream = {
    get text() {
      return text;
    },
    /** Resolves when the server ends the stream. */
    finished: reading,
    /** Resolves once the received text satisfies `match` (or rejects if the stream ends first). */
    until: (match: (text: string) => boolean) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (match(text)) {
            listeners.delete(check);
            resolve();
          } else if (ended) {
            listeners.delete(check);
            reject(new Error(`the stream ended without it:\n${text}`));
          }
        };
        listeners.add(check);
        check();
      }),
    close: async () => {
      controller.abort();
      await reading;
    },
  };
  await stream.until((t) => t.includes("retry:"));
  return stream;
}
