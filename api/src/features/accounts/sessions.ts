/**
 * Curators' sessions: a random token in an HttpOnly cookie, of which the database keeps the SHA-256
 * only, so every API process knows every session and a stolen database opens none. A session ends at
 * logout, after two idle hours, twelve hours after sign-in, and when the curator is removed or reset.
 */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createToken, hashToken } from "../../http/tokens.ts";

export const sessionCookie = "atlas_curator";
export const idleTimeoutMs = 2 * 3_600_000;
export const absoluteTimeoutMs = 12 * 3_600_000;
/** Last-seen times are written at most this often, so reading pages does not write on every request. */
const touchEveryMs = 60_000;

export interface CuratorViewer {
  curatorId: string;
  name: string;
  email: string;
  role: "curator" | "admin";
  csrfToken: string;
  tokenHash: string;
}

export async function createSession(db: Database, curatorId: string, now = Date.now()) {
  const token = createToken();
  const csrfToken = createToken();
  await db.run(sql`INSERT INTO curator_sessions (token_hash, curator_id, csrf_token, created_at, last_seen_at)
    VALUES (${hashToken(token)}, ${curatorId}, ${csrfToken}, ${now}, ${now})`);
  return { token, csrfToken };
}

/** The live session of a token, or undefined (unknown, expired, or its curator removed). */
export async function readSession(db: Database, token: string, now = Date.now()): Promise<CuratorViewer | undefined> {
  const tokenHash = hashToken(token);
  const rows = await db.all<Omit<CuratorViewer, "tokenHash"> & { createdAt: number; lastSeenAt: number }>(
    sql`SELECT s.curator_id AS curatorId, c.name, c.email, c.role, s.csrf_token AS csrfToken,
      s.created_at AS createdAt, s.last_seen_at AS lastSeenAt
    FROM curator_sessions s JOIN curators c ON c.id = s.curator_id
    WHERE s.token_hash = ${tokenHash} AND c.removed_at IS NULL`,
  );
  const row = rows[0];
  if (!row) return undefined;
  if (now - row.lastSeenAt > idleTimeoutMs || now - row.createdAt > absoluteTimeoutMs) {
    await endSession(db, tokenHash);
    return undefined;
  }
  if (now - row.lastSeenAt > touchEveryMs) {
    await db.run(sql`UPDATE curator_sessions SET last_seen_at = ${now} WHERE token_hash = ${tokenHash}`);
  }
  return {
    curatorId: row.curatorId,
    name: row.name,
    email: row.email,
    role: row.role,
    csrfToken: row.csrfToken,
    tokenHash,
  };
}

export async function endSession(db: Database, tokenHash: string): Promise<void> {
  await db.run(sql`DELETE FROM curator_sessions WHERE token_hash = ${tokenHash}`);
}

export const endSessionsOf = (db: Database, curatorId: string) =>
  db.run(sql`DELETE FROM curator_sessions WHERE curator_id = ${curatorId}`);

/** Browsers keep a Secure cookie only over HTTPS; on plain-HTTP localhost (development) it goes without. */
function isPlainLocalHttp(c: Context): boolean {
  const url = new URL(c.req.url);
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    secure: !isPlainLocalHttp(c),
    sameSite: "Lax",
    path: "/",
    maxAge: absoluteTimeoutMs / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookie, { path: "/", secure: !isPlainLocalHttp(c) });
}

export const sessionToken = (c: Context) => getCookie(c, sessionCookie);
