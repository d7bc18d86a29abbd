/**
 * A network as the API sends it, from its rows: the graph, its metrics (betweenness is the costly
 * part: nodes × ties) and the file in the asked format. Runs in a worker thread (workers/tasks.ts),
 * so it returns the serialised body: the request thread only sends it.
 */
import type { ExportDataset } from "../cite/export-metadata.ts";
import type { BetweennessOptions } from "./betweenness.ts";
import type { NetworkRows } from "./build.ts";
import { toEdgesCsv, toNodesCsv } from "./csv.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { isTooLarge, type NetworkOptions, toGraph, toNetwork } from "./network.ts";
import type { Network } from "./schema.ts";

export const networkFormats = ["json", "graphml", "gexf", "nodes.csv", "edges.csv"] as const;
export type NetworkFormat = (typeof networkFormats)[number];

export interface NetworkTask {
  rows: NetworkRows;
  options: NetworkOptions;
  format: NetworkFormat;
  /** The dataset version the file states (GraphML and GEXF have room for it). */
  dataset?: ExportDataset;
  /** Overrides of the exact-or-sampled thresholds, for tests and the benchmark. */
  betweenness?: Partial<BetweennessOptions>;
  /** The language the rows' texts are in, and where each comes from (localise.ts). */
  content?: Network["content"];
}

export type NetworkFile = { body: string } | { tooLarge: { nodes: number; edges: number } };

const serialisers: Record<NetworkFormat, (network: Network, dataset?: ExportDataset) => string> = {
  json: (network) => JSON.stringify(network),
  graphml: (network, dataset) => toGraphml(network, dataset),
  gexf: (network, dataset) => toGexf(network, { dataset }),
  "nodes.csv": toNodesCsv,
  "edges.csv": toEdgesCsv,
};

export function computeNetworkFile(task: NetworkTask, onProgress?: (done: number) => void): NetworkFile {
  const graph = toGraph(task.rows, task.options);
  if (isTooLarge(graph)) return { tooLarge: { nodes: graph.nodes.length, edges: graph.edges.length } };
  const network = toNetwork(task.rows, graph, task.options, { ...task.betweenness, onProgress }, task.content);
  return { body: serialisers[task.format](network, task.dataset) };
}
