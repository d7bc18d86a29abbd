/**
 * Conditional GETs on public reads: the ETag is the published data's version (bumped by triggers on
 * every change, shared by all processes), so a client that already holds the answer gets a 304
 * without the query being run again. The version is read before the answer is computed, so an ETag
 * never claims data newer than its body. The process's start time is part of the tag: a new
 * deployment may shape the same data differently.
 */
import { readDataVersion } from "@atlas/db/data-version";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./feature-app.ts";

/** Stored by browsers and shared caches, but checked with the server before each use. */
export const publicCacheControl = "public, no-cache";

const deployment = Date.now().toString(36);

export function toETag(dataVersion: number): string {
  return `W/"${dataVersion}-${deployment}"`;
}

/** Whether an If-None-Match header lists the tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

export function publicCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const etag = toETag(await readDataVersion(c.env.db));
    if (matchesETag(c.req.header("if-none-match"), etag)) {
      return c.body(null, 304, { etag, "cache-control": publicCacheControl, vary: "Accept-Encoding" });
    }
    await next();
    if (c.res.status !== 200) return;
    c.res.headers.set("etag", etag);
    c.res.headers.set("cache-control", publicCacheControl);
  };
}
