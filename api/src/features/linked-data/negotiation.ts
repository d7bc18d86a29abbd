/**
 * Content negotiation: a record's page (`/cases/{id}`, `/stakeholders/{id}`, `/currencies/{id}`) and
 * its API address answer with JSON-LD to a client that prefers `application/ld+json`, so the IRIs
 * the JSON-LD uses can be looked up. Everyone else gets the page or the JSON as before, with
 * `Vary: Accept` so that caches keep the two apart.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../http/feature-app.ts";
import { jsonLdType } from "./context.ts";
import { type RecordKind, toConceptsDocument, toRecordDocument } from "./documents.ts";
import { toIris } from "./iris.ts";

const recordPath = /^\/(?:api\/)?(cases|stakeholders|currencies)\/([a-z0-9-]+)\/?$/;
const kinds: Record<string, RecordKind> = { cases: "case", stakeholders: "stakeholder", currencies: "currency" };

/** The quality the Accept header gives a media type (its own entry, else a wildcard), 0 if none. */
export function qualityOf(accept: string, type: string): number {
  const [major] = type.split("/");
  let best = -1;
  let specificity = -1;
  for (const part of accept.split(",")) {
    const [range = "", ...params] = part.trim().toLowerCase().split(";");
    const q = Number(
      params
        .find((p) => p.trim().startsWith("q="))
        ?.trim()
        .slice(2) ?? "1",
    );
    const level = range === type ? 2 : range === `${major}/*` ? 1 : range === "*/*" ? 0 : -1;
    if (level > specificity) {
      specificity = level;
      best = Number.isFinite(q) ? q : 0;
    }
  }
  return Math.max(0, best);
}

/** Whether JSON-LD is what the client wants most among what a record's address can give. */
export function prefersJsonLd(accept: string | undefined): boolean {
  if (!accept) return false;
  const ld = qualityOf(accept, jsonLdType);
  if (ld === 0 || !accept.toLowerCase().includes(jsonLdType)) return false;
  return ld >= qualityOf(accept, "text/html") && ld >= qualityOf(accept, "application/json");
}

export function linkedDataNegotiation(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    const isConcepts = path === "/concepts" || path === "/concepts/";
    const match = recordPath.exec(path);
    if ((!match && !isConcepts) || (c.req.method !== "GET" && c.req.method !== "HEAD")) return next();
    if (!prefersJsonLd(c.req.header("accept"))) {
      await next();
      c.res.headers.append("vary", "Accept");
      return;
    }
    const iris = toIris(new URL(c.req.url).origin);
    const doc = match
      ? await toRecordDocument(c.env.db, kinds[match[1] as string] as RecordKind, match[2] as string, iris)
      : await toConceptsDocument(c.env.db, iris);
    if (!doc) return next();
    return c.body(JSON.stringify(doc), 200, { "content-type": `${jsonLdType}; charset=utf-8`, vary: "Accept" });
  };
}
