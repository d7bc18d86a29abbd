import type { Database } from "@atlas/db/client";
import { createRoute, z } from "@hono/zod-openapi";
import { ApiError, notFound } from "../../http/errors.ts";
import { errorResponses, featureApp } from "../../http/feature-app.ts";
import { getDatasetVersion } from "../cite/dataset-version.ts";
import { type ExportDataset, toDownloadHeaders, toExportDataset } from "../cite/export-metadata.ts";
import { toEdgesCsv, toNodesCsv } from "./csv.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { isTooLarge, type NetworkOptions, networkLimits, toGraph, toNetwork } from "./network.ts";
import { loadCaseNetworkRows, loadNetworkRows } from "./queries.ts";
import { type NetworkQuery, network, networkCsvQuery, networkQuery } from "./schema.ts";

const tags = ["network"];
const tooLarge = {
  ...errorResponses[400],
  description: `A parameter is not valid, or the network has more than ${networkLimits.nodes} nodes or ${networkLimits.edges} edges (code network_too_large): narrow the filters`,
};

const json = createRoute({
  method: "get",
  path: "/network",
  tags,
  summary: "The stakeholder network of the cases matching the filters, with metrics per node and a summary",
  request: { query: networkQuery },
  responses: {
    200: { description: "Nodes, edges, metrics and summary", content: { "application/json": { schema: network } } },
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

const caseNetwork = createRoute({
  method: "get",
  path: "/cases/{id}/network",
  tags,
  summary: "One case's stakeholders tied by the relationships recorded in it, with metrics and a summary",
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: {
    200: { description: "The case's network", content: { "application/json": { schema: network } } },
    404: errorResponses[404],
  },
});

async function buildNetwork(db: Database, query: NetworkQuery) {
  const options: NetworkOptions = { view: query.view, coParticipation: query.coParticipation };
  const rows = await loadNetworkRows(db, query);
  const graph = toGraph(rows, options);
  if (isTooLarge(graph)) {
    throw new ApiError(
      400,
      "network_too_large",
      `The network has ${graph.nodes.length} nodes and ${graph.edges.length} edges, more than ${networkLimits.nodes} nodes or ${networkLimits.edges} edges: narrow the filters.`,
    );
  }
  return toNetwork(rows, graph, options);
}

/** A download name that says what was exported: the one case, or the view. */
function fileName(query: NetworkQuery, extension: string, part?: string): string {
  const what = query.case?.length === 1 ? query.case[0] : query.view;
  return `atlas-network-${what}${part ? `-${part}` : ""}.${extension}`;
}

const download = (mediaType: string, name: string, dataset: ExportDataset) =>
  toDownloadHeaders(`${mediaType}; charset=utf-8`, name, dataset);

const datasetOf = async (db: Database) => toExportDataset(await getDatasetVersion(db));

export const networkRoutes = featureApp()
  .openapi(json, async (c) => c.json(await buildNetwork(c.env.db, c.req.valid("query")), 200))
  .openapi(graphml, async (c) => {
    const query = c.req.valid("query");
    const [built, dataset] = await Promise.all([buildNetwork(c.env.db, query), datasetOf(c.env.db)]);
    return c.body(
      toGraphml(built, dataset),
      200,
      download("application/graphml+xml", fileName(query, "graphml"), dataset),
    );
  })
  .openapi(gexf, async (c) => {
    const query = c.req.valid("query");
    const [built, dataset] = await Promise.all([buildNetwork(c.env.db, query), datasetOf(c.env.db)]);
    return c.body(toGexf(built, { dataset }), 200, download("application/gexf+xml", fileName(query, "gexf"), dataset));
  })
  .openapi(csv, async (c) => {
    const query = c.req.valid("query");
    // Gephi reads every CSV column as an attribute, so the version stays in the name and headers here.
    const [built, dataset] = await Promise.all([buildNetwork(c.env.db, query), datasetOf(c.env.db)]);
    const body = query.part === "edges" ? toEdgesCsv(built) : toNodesCsv(built);
    return c.body(body, 200, download("text/csv", fileName(query, "csv", query.part), dataset));
  })
  .openapi(caseNetwork, async (c) => {
    const { id } = c.req.valid("param");
    const rows = await loadCaseNetworkRows(c.env.db, id);
    if (!rows) throw notFound("case", id);
    const options: NetworkOptions = { view: "stakeholders", coParticipation: false };
    return c.json(toNetwork(rows, toGraph(rows, options), options), 200);
  });
