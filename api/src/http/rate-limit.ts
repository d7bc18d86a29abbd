/**
 * Fixed-window counters in the database, shared by every feature that limits guessing (workshop
 * joins, curator logins, contributions), so every API process counts the same attempts and a
 * restart forgets nothing. Callers are told apart by their socket address: X-Forwarded-For is
 * ignored, since any client can write it (OWASP ASVS 4.1.3).
 */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import { ApiError } from "./errors.ts";
import type { AppEnv } from "./feature-app.ts";

export interface Limit {
  max: number;
  windowMs: number;
}

const forgetAfterMs = 86_400_000;

/** The caller's address as the server resolved it (socket, or trusted proxies' X-Forwarded-For). */
export function clientAddress(c: Context<AppEnv>): string {
  return c.env.clientAddress ?? "local";
}

/**
 * Counts one attempt against each key, and throws 429 with Retry-After when any is over its limit.
 */
export async function limitAttempts(c: Context<AppEnv>, hits: { key: string; limit: Limit }[]): Promise<void> {
  const wait = await countAttempt(c.env.db, hits);
  if (!wait) return;
  c.header("retry-after", String(wait.retryAfterSeconds));
  throw new ApiError(
    429,
    "too_many_requests",
    `Too many attempts; try again in ${wait.retryAfterSeconds} seconds.`,
    undefined,
    { seconds: wait.retryAfterSeconds },
  );
}

/**
 * Counts one attempt against each key; answers how many seconds to wait if any is over its limit.
 * The counting is one atomic batch, so concurrent attempts are all counted.
 */
export async function countAttempt(
  db: Database,
  hits: { key: string; limit: Limit }[],
  now = Date.now(),
): Promise<{ retryAfterSeconds: number } | undefined> {
  const statements = hits.map(({ key, limit }) => {
    const windowStart = Math.floor(now / limit.windowMs) * limit.windowMs;
    return db.get<{ count: number; windowStart: number }>(sql`INSERT INTO rate_limits (key, window_start, count)
      VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT(key) DO UPDATE SET
        count = CASE WHEN window_start >= excluded.window_start THEN count + 1 ELSE 1 END,
        window_start = max(window_start, excluded.window_start)
      RETURNING count, window_start AS windowStart`);
  });
  const [first, ...rest] = statements;
  if (!first) return undefined;
  const results = await db.batch([
    first,
    ...rest,
    db.run(sql`DELETE FROM rate_limits WHERE window_start < ${now - forgetAfterMs}`),
  ]);
  let wait = 0;
  hits.forEach(({ limit }, i) => {
    const row = results[i] as { count: number; windowStart: number };
    if (Number(row.count) > limit.max) wait = Math.max(wait, Number(row.windowStart) + limit.windowMs - now);
  });
  return wait > 0 ? { retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) } : undefined;
}
