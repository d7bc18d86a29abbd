/**
 * Which language a request is answered in: the `lang` query parameter, else the best of the
 * Accept-Language header's languages that the atlas speaks, else English. Content and error
 * messages follow it, and the answer says so in its Content-Language header.
 */
import { type Locale, locales } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";

export const langParam = z.enum(locales).optional().openapi({
  description:
    "language of the content (en, es, fr, ar, it, el); default: the Accept-Language header, else English. Content without a translation falls back to English and says so.",
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The languages of an Accept-Language header that the atlas speaks, best first (q=0 excluded). */
export function parseAcceptLanguage(header: string | undefined): Locale[] {
  if (!header) return [];
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((l) => l.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return [...new Set(ranked.map((l) => l.base).filter(isLocale))];
}

/** The language to answer in, from the request alone (a wrong `lang` value is left to the route's validator). */
export function requestLocale(c: Context): Locale {
  const asked = c.req.query("lang");
  if (isLocale(asked)) return asked;
  return parseAcceptLanguage(c.req.header("accept-language"))[0] ?? "en";
}

/**
 * Says in every answer which language it is in (Vary: the same URL answers per Accept-Language),
 * except on the paths `skip` names (answers without words).
 */
export function contentLanguage(options: { skip?: (path: string) => boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    if (options.skip?.(c.req.path)) return next();
    await next();
    if (!c.res.headers.has("content-language")) c.res.headers.set("content-language", requestLocale(c));
    c.res.headers.append("vary", "Accept-Language");
  };
}
