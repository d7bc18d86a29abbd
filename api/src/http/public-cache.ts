/**
 * Conditional GETs on public reads: the ETag is the published data's version (bumped by triggers on
 * every change, shared by all processes), so a client that already holds the answer gets a 304
 * without the query being run again. The version is read before the answer is computed, so an ETag
 * never claims data newer than its body. The process's start time is part of the tag: a new
 * deployment may shape the same data differently.
 *
 * An answer worded in the language of the request's Accept-Language (it says `Content-Language`, and
 * the URL has no `lang`) is tagged with that header too and says `Vary: Accept-Language`, so it is
 * never confirmed as fresh to a reader of another language; an answer the same for every reader keeps
 * the plain tag. Which tag a client holds tells the 304 which of the two it stands for.
 */
import { readDataVersion } from "@atlas/db/data-version";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./feature-app.ts";

/** Stored by browsers and shared caches, but checked with the server before each use. */
export const publicCacheControl = "public, no-cache";

const deployment = Date.now().toString(36);

/** The tag at this data version; with `acceptLanguage` (the header as sent, "" if none), per language. */
export function toETag(dataVersion: number, acceptLanguage?: string): string {
  if (acceptLanguage === undefined) return `W/"${dataVersion}-${deployment}"`;
  // Languages match case-insensitively and spaces mean nothing.
  return `W/"${dataVersion}-${deployment}-${hash(acceptLanguage.toLowerCase().replace(/\s+/g, ""))}"`;
}

/** FNV-1a in base 36: a short, stable name for a header value (not a secret). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Whether an If-None-Match header lists the tag (weak comparison, as RFC 9110 asks for GET). */
export function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

function notModified(c: Context<AppEnv>, etag: string, vary: string) {
  return c.body(null, 304, { etag, "cache-control": publicCacheControl, vary });
}

function addVary(headers: Headers, name: string): void {
  const vary = headers.get("vary");
  const listed = vary?.split(",").some((v) => v.trim().toLowerCase() === name.toLowerCase());
  if (!listed) headers.set("vary", vary ? `${vary}, ${name}` : name);
}

export function publicCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const version = await readDataVersion(c.env.db);
    const plain = toETag(version);
    // The URL's `lang` names the language itself; otherwise a worded answer depends on the header.
    const byLanguage = c.req.query("lang") === undefined;
    const localized = byLanguage ? toETag(version, c.req.header("accept-language") ?? "") : plain;
    const held = c.req.header("if-none-match");
    if (byLanguage && matchesETag(held, localized))
      return notModified(c, localized, "Accept-Encoding, Accept-Language");
    if (matchesETag(held, plain)) return notModified(c, plain, "Accept-Encoding");
    await next();
    if (c.res.status !== 200) return;
    const worded = byLanguage && c.res.headers.has("content-language");
    c.res.headers.set("etag", worded ? localized : plain);
    c.res.headers.set("cache-control", publicCacheControl);
    if (worded) addVary(c.res.headers, "Accept-Language");
  };
}
