/** The one place that reads the environment: every setting, its default, validated at start-up. */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defaultDatabaseUrl } from "@atlas/db/client";
import { z } from "zod";

const origins = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/ })));

const units = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** A duration such as `90s`, `15m`, `6h` or `1d`, in milliseconds. */
const duration = z
  .string()
  .regex(/^\d+(ms|s|m|h|d)$/, "a number and a unit: ms, s, m, h or d (e.g. 6h)")
  .transform((v) => {
    const [, n, unit] = /^(\d+)(ms|s|m|h|d)$/.exec(v) as RegExpExecArray;
    return Number(n) * units[unit as keyof typeof units];
  });

export const defaultBackupDir = fileURLToPath(new URL("../../var/backups", import.meta.url));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z.string().min(1).default(defaultDatabaseUrl),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  CORS_ORIGINS: origins,
  /** How many reverse proxies in front of the server append to X-Forwarded-For (0: use the socket). */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  WEB_DIST: z.string().min(1).optional(),
  /** The atlas's public address, e.g. https://atlas.example.org: one-time links for curators are built on it. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  /** An online vector style for the map, replacing the offline basemap (its origin is allowed by the CSP). */
  MAP_STYLE_URL: z.url({ protocol: /^https$/ }).optional(),
  /** Further origins the map style loads tiles, glyphs or sprites from. */
  MAP_ORIGINS: origins,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Bearer token for GET /metrics; without one, only a scraper on loopback reaching the process directly. */
  METRICS_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  /** How long a stopping server lets in-flight requests finish before closing their connections. */
  SHUTDOWN_TIMEOUT: duration.default(10_000),
  /**
   * Worker threads for heavy computations (network metrics); by default one per core but one.
   * 0 computes on the request thread, as before there were workers: for comparison in the benchmark.
   */
  WORKER_THREADS: z.coerce
    .number()
    .int()
    .min(0)
    .max(64)
    .default(Math.max(1, availableParallelism() - 1)),
  BACKUP_DIR: z.string().min(1).default(defaultBackupDir),
  /** Periodic backups by the running servers (e.g. 6h); off when unset. */
  BACKUP_EVERY: duration.optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(14),
  /** Set by npm: the folder a command was run from, for relative file arguments of the CLIs. */
  INIT_CWD: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid configuration in the environment:\n${lines.join("\n")}`);
}
