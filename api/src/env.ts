/** The one place that reads the environment: every setting, its default, validated at start-up. */
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
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid configuration in the environment:\n${lines.join("\n")}`);
}
