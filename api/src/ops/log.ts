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

export function createLogger(
  options: { level?: LogLevel; write?: (line: string) => void; now?: () => Date } = {},
): Logger {
  const min = rank[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  const emit =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}, err?: unknown): void => {
      if (rank[level] < min) return;
      const entry = {
        time: now().toISOString(),
        level,
        msg,
        ...fields,
        ...(err === undefined ? {} : toErrorFields(err)),
      };
      write(`${JSON.stringify(entry)}\n`);
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** For tests and tools: only errors, on stderr, as before logs were structured. */
export const errorsOnly: Logger = createLogger({ level: "error", write: (line) => process.stderr.write(line) });
