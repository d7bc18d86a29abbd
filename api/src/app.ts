/**
 * The API as one Hono app, built apart from the Node server so tests call it with `app.request()`.
 * Feature sub-apps are chained under /api; the chain is what the web client's types come from.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import { cors } from "hono/cors";
import { createAccountsRoutes } from "./features/accounts/routes.ts";
import { casesRoutes } from "./features/cases/routes.ts";
import { citeRoutes } from "./features/cite/routes.ts";
import { compareRoutes } from "./features/compare/routes.ts";
import { createConfigRoutes } from "./features/config/routes.ts";
import { contributionsRoutes } from "./features/contributions/routes.ts";
import { curationRoutes } from "./features/curation/routes.ts";
import { currenciesRoutes } from "./features/currencies/routes.ts";
import { docsRoutes } from "./features/docs/routes.ts";
import { createHealthRoutes, type HealthState } from "./features/health/routes.ts";
import { historyRoutes } from "./features/history/routes.ts";
import { importsRoutes } from "./features/imports/routes.ts";
import { journeyRoutes } from "./features/journey/routes.ts";
import { linkedDataNegotiation } from "./features/linked-data/negotiation.ts";
import { linkedDataRoutes } from "./features/linked-data/routes.ts";
import { networkRoutes } from "./features/network/routes.ts";
import { patternsRoutes } from "./features/patterns/routes.ts";
import { stakeholdersRoutes } from "./features/stakeholders/routes.ts";
import { territoryRoutes } from "./features/territory/routes.ts";
import { vocabulariesRoutes } from "./features/vocabularies/routes.ts";
import { workshopsRoutes } from "./features/workshops/routes.ts";
import { compression } from "./http/compression.ts";
import { errorJson, onError } from "./http/errors.ts";
import type { AppEnv } from "./http/feature-app.ts";
import { contentLanguage } from "./http/language.ts";
import { allowedMethods } from "./http/method-not-allowed.ts";
import { publicCache } from "./http/public-cache.ts";
import { type HeaderList, securityHeaders, toSecurityHeaders } from "./http/security-headers.ts";
import { errorsOnly, type Logger } from "./ops/log.ts";
import type { Metrics } from "./ops/metrics.ts";
import { metricsRoutes } from "./ops/metrics-route.ts";
import { requestLog } from "./ops/request-log.ts";

export interface AppOptions {
  /** Origins allowed to read the public data from a browser (CORS); none by default. */
  corsOrigins?: string[];
  /** The online map style the web app should use instead of its offline basemap. */
  mapStyleUrl?: string;
  /** Origins the map style loads from, allowed by the Content-Security-Policy. */
  mapOrigins?: string[];
  /** The atlas's public address (links sent to people are built on it); default: the request's origin. */
  publicUrl?: string;
  /** A Hono app serving the built web app for every path outside /api. */
  web?: Hono;
  /** Where request and error lines go; errors only, on stderr, by default. */
  logger?: Logger;
  /** Request metrics, and GET /metrics, open to `metricsToken` or to a scraper on loopback. */
  metrics?: Metrics;
  metricsToken?: string;
  /** Whether the server is draining, for the readiness probe. */
  health?: HealthState;
}

/**
 * The features whose data is public: their GET routes, and the API document, may be read cross-origin.
 * The research tools of issue 13 (dataset version, comparison, patterns, linked data, Murmurations
 * profiles, territory matching) are public reads too.
 */
const publicTags = new Set([
  "cases",
  "stakeholders",
  "currencies",
  "vocabularies",
  "network",
  "journey",
  "history",
  "cite",
  "compare",
  "patterns",
  "linked data",
  "murmurations",
  "territory",
]);

/** The paths (as Hono patterns under /api) of the GET routes tagged with a public feature. */
function publicReadPaths(api: ReturnType<typeof buildApi>): string[] {
  const paths = api.openAPIRegistry.definitions.flatMap((d) =>
    d.type === "route" && d.route.method === "get" && d.route.tags?.some((tag) => publicTags.has(tag))
      ? [`/api${d.route.path.replace(/\{(\w+)\}/g, ":$1")}`]
      : [],
  );
  return [...paths, "/api/openapi.json"];
}

function buildApi(options: AppOptions = {}) {
  const configRoutes = createConfigRoutes({ mapStyleUrl: options.mapStyleUrl ?? null });
  return (
    new OpenAPIHono<AppEnv>()
      .route("/", createHealthRoutes(options.health))
      .route("/", casesRoutes)
      .route("/", stakeholdersRoutes)
      .route("/", currenciesRoutes)
      .route("/", vocabulariesRoutes)
      .route("/", networkRoutes)
      .route("/", configRoutes)
      .route("/", journeyRoutes)
      .route("/", workshopsRoutes)
      .route("/", createAccountsRoutes({ publicUrl: options.publicUrl }))
      .route("/", contributionsRoutes)
      .route("/", curationRoutes)
      .route("/", importsRoutes)
      .route("/", historyRoutes)
      // Research tools (issue 13)
      .route("/", citeRoutes)
      .route("/", compareRoutes)
      .route("/", patternsRoutes)
      .route("/", linkedDataRoutes)
      .route("/", territoryRoutes)
  );
}

/** The routes as the typed client sees them. */
export type AppType = ReturnType<typeof buildApi>;
/** What a workshop's event stream sends, for the web client (SSE is outside the typed client). */
export type { WorkshopEvent } from "./features/workshops/events.ts";

/** The security headers for these options, computed once (server.ts writes them at the Node layer). */
export function appSecurityHeaders(options: AppOptions = {}): HeaderList {
  const mapOrigins = [
    ...new Set([...(options.mapStyleUrl ? [new URL(options.mapStyleUrl).origin] : []), ...(options.mapOrigins ?? [])]),
  ];
  return toSecurityHeaders({ connectSources: mapOrigins, imageSources: mapOrigins });
}

/**
 * GET paths whose answer is the same for every request while the process runs (no query, no database,
 * no words): the Node server sends them without the Hono stack (http/constant-answers.ts).
 * /api/health/ready is not one of them: it asks the database on every call.
 */
export const constantPaths = ["/api/health", "/api/health/live", "/api/config"] as const;

/**
 * Tiny answers on hot paths (probes, settings): never compressed, and without Content-Language (they
 * hold no words; reading and rewriting a response's headers after the handler costs these routes a
 * third of their throughput, tests/bench/stack.ts).
 */
const tinyHot = (path: string) => path === "/api/health" || path.startsWith("/api/health/") || path === "/api/config";
/** Live event streams are never compressed either (a compressor holds events back). */
const uncompressed = (path: string) => tinyHot(path) || path.endsWith("/events");

/** Public reads whose answer changes without the data changing: never confirmed by the data version. */
const unversioned = new Set(["/api/network/progress"]);

export function createApp(options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestLog({ logger: options.logger ?? errorsOnly, metrics: options.metrics }));
  app.use("*", securityHeaders(appSecurityHeaders(options)));
  app.use("*", compression({ skip: uncompressed }));
  const api = buildApi(options);
  // CORS costs throughput on Node (see docs/decisions), so it is only mounted where configured.
  if (options.corsOrigins?.length) {
    const corsMiddleware = cors({ origin: options.corsOrigins, allowMethods: ["GET", "HEAD"], maxAge: 600 });
    for (const path of publicReadPaths(api)) app.use(path, corsMiddleware);
  }
  if (options.metrics) app.route("/", metricsRoutes(options.metrics, options.metricsToken));
  // A record's page and API address answer with JSON-LD when asked for it (issue 13). Before the
  // conditional GETs, whose tags do not vary by Accept: a JSON-LD answer is never confirmed by a JSON tag.
  app.use("*", linkedDataNegotiation());
  const conditional = publicCache();
  for (const path of publicReadPaths(api).filter((p) => !unversioned.has(p))) app.use(path, conditional);
  // Inside the conditional reads, so they see which language an answer is worded in and tag it per language.
  app.use("/api/*", contentLanguage({ skip: tinyHot }));
  app.route("/api", api);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Co-production Atlas API",
      version: "0.1.0",
      description:
        "Co-production cases, stakeholders, complementary currencies and vocabularies around the Mediterranean. Data under CC BY 4.0; every record carries its sources.",
      license: { name: "AGPL-3.0-or-later", url: "https://www.gnu.org/licenses/agpl-3.0.html" },
    },
  });
  app.route("/api", docsRoutes);
  const allowed = allowedMethods(app.routes);
  app.all("/api/*", (c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0) {
      c.header("allow", methods.join(", "));
      return errorJson(
        c,
        405,
        "method_not_allowed",
        `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(", ")}.`,
        undefined,
        { method: c.req.method, allowed: methods.join(", ") },
      );
    }
    return errorJson(c, 404, "not_found", `No API route ${c.req.method} ${c.req.path}`, undefined, { id: c.req.path });
  });
  if (options.web) app.route("/", options.web);
  app.notFound((c) => errorJson(c, 404, "not_found", `Nothing at ${c.req.path}`, undefined, { id: c.req.path }));
  app.onError(onError);
  return app;
}
