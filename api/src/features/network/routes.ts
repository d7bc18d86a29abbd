import { readDataVersion } from "@atlas/db/data-version";
import type { Locale } from "@atlas/db/schema";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import { networkFileName } from "../../file-names.ts";
import { ApiError, notFound } from "../../http/errors.ts";
import { type AppEnv, featureApp } from "../../http/feature-app.ts";
import { langParam, requestLocale } from "../../http/language.ts";
import { failure, failures, idParams, ok } from "../../http/openapi.ts";
import { inlineWorkers } from "../../workers/pool.ts";
import { getDatasetVersion } from "../cite/dataset-version.ts";
import { type ExportDataset, toDownloadHeaders, toExportDataset } from "../cite/export-metadata.ts";
import { VersionedCache } from "./cache.ts";
import type { NetworkFormat } from "./compute.ts";
import { localiseNetworkRows } from "./localise.ts";
import { type NetworkOptions, networkLimits, toGraph, toNetwork } from "./network.ts";
import { loadCaseNetworkRows, loadNetworkRows } from "./queries.ts";
import { type Network, type NetworkQuery, network, networkCsvQuery, networkQuery } from "./schema.ts";

const tags = ["network"];
const tooLarge = failure(
  `A parameter is not valid, or the network has more than ${networkLimits.nodes} nodes or ${networkLimits.edges} edges (code network_too_large): narrow the filters`,
);

const json = createRoute({
  method: "get",
  path: "/network",
  tags,
  summary: "The stakeholder network of the cases matching the filters, with metrics per node and a summary",
  request: { query: networkQuery },
  responses: {
    200: ok(network, "Nodes, edges, metrics and summary"),
    400: tooLarge,
  },
});

const file = <E extends string>(extension: E, mediaType: string, what: string) =>
  createRoute({
    method: "get",
    path: `/network.${extension}` as const,
    tags,
    summary: `The same network as /network, as ${what}, for download`,
    request: { query: networkQuery },
    responses: {
      200: { description: what, content: { [mediaType]: { schema: z.string() } } },
      400: tooLarge,
    },
  });

const graphml = file("graphml", "application/graphml+xml", "GraphML with node and edge attributes");
const gexf = file("gexf", "application/gexf+xml", "GEXF 1.2 with node and edge attributes");

const csv = createRoute({
  method: "get",
  path: "/network.csv",
  tags,
  summary: "The same network as /network, as a CSV table of its nodes or of its edges",
  request: { query: networkCsvQuery },
  responses: {
    200: { description: "CSV (RFC 4180) with a header row", content: { "text/csv": { schema: z.string() } } },
    400: tooLarge,
  },
});

const progress = createRoute({
  method: "get",
  path: "/network/progress",
  tags,
  summary: "How far the computation of /network with the same query is, for a person waiting for it",
  request: { query: networkQuery },
  responses: {
    200: {
      description:
        "idle: not asked for (or failed); computing: the share of the betweenness computation done; ready: the next /network answers at once",
      content: {
        "application/json": {
          schema: z.object({ state: z.enum(["idle", "computing", "ready"]), done: z.number().min(0).max(1) }),
        },
      },
    },
    ...failures(400),
  },
});

const caseNetwork = createRoute({
  method: "get",
  path: "/cases/{id}/network",
  tags,
  summary: "One case's stakeholders tied by the relationships recorded in it, with metrics and a summary",
  request: { params: idParams, query: z.object({ lang: langParam }) },
  responses: {
    200: ok(network, "The case's network"),
    ...failures(404),
  },
});

/** Up to 64 M characters of computed networks per database: a dozen of the largest allowed. */
const caches = new WeakMap<object, VersionedCache<string>>();
const cacheOf = (db: object) => {
  const cache = caches.get(db) ?? new VersionedCache<string>(64_000_000, (body) => body.length);
  caches.set(db, cache);
  return cache;
};

/**
 * One key per data version, language, format and filters (keys sorted, so the order of parameters does
 * not matter; the language as resolved, whether it came as lang or Accept-Language).
 */
const toKey = (version: number, locale: Locale, format: NetworkFormat, query: NetworkQuery) => {
  const { lang: _, ...filters } = query;
  return `${version}|${locale}|${format}|${JSON.stringify(filters, Object.keys(filters).sort())}`;
};

/**
 * The network matching the query, serialised in `format`: from the cache for this data version, or
 * read and computed in a worker thread while the request thread serves others.
 */
async function networkFile(
  c: Context<AppEnv>,
  query: NetworkQuery,
  format: NetworkFormat,
  dataset?: ExportDataset,
): Promise<string> {
  const { db } = c.env;
  const workers = c.env.workers ?? inlineWorkers;
  const locale = requestLocale(c);
  // The dataset version changes only with the data version, which the key already holds.
  const key = toKey(await readDataVersion(db), locale, format, query);
  return cacheOf(db).get(key, async (progress) => {
    const { rows, content } = await localiseNetworkRows(db, await loadNetworkRows(db, query), locale);
    const options: NetworkOptions = { view: query.view, coParticipation: query.coParticipation };
    // Betweenness is most of the work; the last share is serialising, and `ready` comes with the answer.
    const file = await workers.run({ kind: "network", input: { rows, options, format, content, dataset } }, (done) => {
      progress.done = Math.max(progress.done, done * 0.95);
    });
    if ("body" in file) return file.body;
    throw new ApiError(
      400,
      "network_too_large",
      `The network has ${file.tooLarge.nodes} nodes and ${file.tooLarge.edges} edges, more than ${networkLimits.nodes} nodes or ${networkLimits.edges} edges: narrow the filters.`,
      undefined,
      file.tooLarge,
    );
  });
}

/** The JSON a worker serialised, sent as is: parsing it back only to serialise it again would block. */
const jsonBody = (c: Context<AppEnv>, body: string) =>
  c.body(body, 200, { "content-type": "application/json" }) as unknown as TypedResponse<Network, 200, "json">;

/** A download name that says what was exported: the one case, or the view. */
function fileName(query: NetworkQuery, extension: string, part?: string): string {
  return networkFileName((query.case?.length === 1 ? query.case[0] : undefined) ?? query.view, extension, part);
}

const download = (mediaType: string, name: string, dataset: ExportDataset) =>
  toDownloadHeaders(`${mediaType}; charset=utf-8`, name, dataset);

const datasetOf = async (c: Context<AppEnv>) => toExportDataset(await getDatasetVersion(c.env.db));

export const networkRoutes = featureApp()
  .openapi(json, async (c) => jsonBody(c, await networkFile(c, c.req.valid("query"), "json")))
  .openapi(progress, async (c) => {
    const key = toKey(await readDataVersion(c.env.db), requestLocale(c), "json", c.req.valid("query"));
    const done = cacheOf(c.env.db).progress(key)?.done;
    c.header("cache-control", "no-store");
    if (done === undefined) return c.json({ state: "idle" as const, done: 0 }, 200);
    return c.json({ state: done >= 1 ? ("ready" as const) : ("computing" as const), done }, 200);
  })
  .openapi(graphml, async (c) => {
    const query = c.req.valid("query");
    const dataset = await datasetOf(c);
    const body = await networkFile(c, query, "graphml", dataset);
    return c.body(body, 200, download("application/graphml+xml", fileName(query, "graphml"), dataset));
  })
  .openapi(gexf, async (c) => {
    const query = c.req.valid("query");
    const dataset = await datasetOf(c);
    const body = await networkFile(c, query, "gexf", dataset);
    return c.body(body, 200, download("application/gexf+xml", fileName(query, "gexf"), dataset));
  })
  .openapi(csv, async (c) => {
    const { part, ...query } = c.req.valid("query");
    // Gephi reads every CSV column as an attribute, so the version stays in the name and headers here.
    const dataset = await datasetOf(c);
    const body = await networkFile(c, query, part === "edges" ? "edges.csv" : "nodes.csv");
    return c.body(body, 200, download("text/csv", fileName(query, "csv", part), dataset));
  })
  .openapi(caseNetwork, async (c) => {
    const { id } = c.req.valid("param");
    const found = await loadCaseNetworkRows(c.env.db, id);
    if (!found) throw notFound("case", id);
    const { rows, content } = await localiseNetworkRows(c.env.db, found, requestLocale(c));
    const options: NetworkOptions = { view: "stakeholders", coParticipation: false };
    return c.json(toNetwork(rows, toGraph(rows, options), options, {}, content), 200);
  });
