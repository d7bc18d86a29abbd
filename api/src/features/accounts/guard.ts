/**
 * Who may curate. A curator is whoever holds a live session cookie; every write with it must also
 * come from the atlas's own pages (the Origin header, when the browser sends one, is this host) and
 * carry the session's CSRF token in `X-CSRF-Token`. Bearer secrets of workshops count for nothing
 * here, as sessions count for nothing in workshops.
 */
import type { Context } from "hono";
import { ApiError } from "../../http/errors.ts";
import type { AppEnv } from "../../http/feature-app.ts";
import { sameToken } from "../../http/tokens.ts";
import { type CuratorViewer, readSession, sessionToken } from "./sessions.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export const unauthenticated = () =>
  new ApiError(401, "unauthenticated", "Sign in as a curator to do this; your session may have ended.");

export async function requireCurator(c: Context<AppEnv>, options: { admin?: boolean } = {}): Promise<CuratorViewer> {
  const token = sessionToken(c);
  const viewer = token ? await readSession(c.env.db, token) : undefined;
  if (!viewer) throw unauthenticated();
  if (!safeMethods.has(c.req.method)) checkRequestOrigin(c, viewer);
  if (options.admin && viewer.role !== "admin") throw new ApiError(403, "forbidden", "Only an admin can do this.");
  return viewer;
}

function checkRequestOrigin(c: Context<AppEnv>, viewer: CuratorViewer): void {
  const origin = c.req.header("origin");
  if (origin !== undefined && origin !== "null") {
    const host = c.req.header("host") ?? new URL(c.req.url).host;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = "";
    }
    if (originHost !== host) throw csrfError();
  } else if (origin === "null") {
    throw csrfError();
  }
  const header = c.req.header("x-csrf-token") ?? "";
  if (!sameToken(header, viewer.csrfToken)) throw csrfError();
}

const csrfError = () =>
  new ApiError(
    403,
    "csrf_failed",
    "This change must come from the atlas's own pages with their CSRF token; reload and try again.",
  );
