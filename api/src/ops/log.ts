/**
 * Structured logs: one JSON object per line on stdout, for journald, Docker or any log shipper.
 * Callers pass fields, never whole requests: a log line must not carry secrets, tokens, query
 * strings or anything that identifies a person (see request-log.ts for what a request logs).
 */

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined>;

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug: (msg: string, fields?: LogFields) => void;
  info: (msg: string, fields?: LogFields) => void;
  warn: (msg: string, fields?: LogFields) => void;
  /** `err`: a thrown value, logged as its name, message and stack. */
  error: (msg: string, fields?: LogFields, err?: unknown) => void;
}

/** An error's name, message and stack as fields (the stack is code locations, never data). */
function toErrorFields(err: unknown): LogFields {
  if (err instanceof Error) return { errName: err.name, errMessage: err.message, errStack: err.stack };
  return { errMessage: String(err) };
}

let batch: string[] | undefined;

function flushBatch(): void {
  if (!batch?.length) return;
  const text = batch.join("");
  batch = [];
  process.stdout.write(text);
}

/**
 * Lines go to stdout once per turn of the event loop: writing to a pipe (journald, Docker) is a
 * blocking system call on Linux, and a burst of requests then costs one write instead of one each.
 * A line waits at most until the current turn ends, and what is pending is written on exit.
 */
function writeBatched(line: string): void {
  if (!batch) {
    batch = [];
    process.once("exit", flushBatch);
  }
  if (batch.length === 0) setImmediate(flushBatch);
  batch.push(line);
}

let lastMs = 0;
let lastIso = "";

/** The time as ISO 8601, formatted once per millisecond: a burst of lines shares it. */
function isoNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}

export function createLogger(
  options: { level?: LogLevel; write?: (line: string) => void; now?: () => Date } = {},
): Logger {
  const min = rank[options.level ?? "info"];
  const write = options.write ?? writeBatched;
  const time = options.now ? () => (options.now as () => Date)().toISOString() : isoNow;
  const emit =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}, err?: unknown): void => {
      if (rank[level] < min) return;
      const entry: LogFields = { time: time(), level, msg };
      Object.assign(entry, fields);
      if (err !== undefined) Object.assign(entry, toErrorFields(err));
      write(`${JSON.stringify(entry)}\n`);
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** For tests and tools: only errors, on stderr, as before logs were structured. */
export const errorsOnly: Logger = createLogger({ level: "error", write: (line) => process.stderr.write(line) });
