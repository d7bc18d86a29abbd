/** From rows to the network the API serves: the graph of the chosen view, its metrics and summary. */
import { type BetweennessOptions, defaultBetweenness } from "./betweenness.ts";
import { type Graph, type NetworkRows, toBipartiteGraph, toStakeholderGraph } from "./build.ts";
import { computeMetrics } from "./metrics.ts";
import type { Network, NetworkView } from "./schema.ts";
import { toSummary } from "./summary.ts";

export interface NetworkOptions {
  view: NetworkView;
  coParticipation: boolean;
}

/** Betweenness costs nodes × ties; beyond these a request is refused and the filters must narrow. */
export const networkLimits = { nodes: 5_000, edges: 20_000 };

export function isTooLarge(graph: Graph): boolean {
  return graph.nodes.length > networkLimits.nodes || graph.edges.length > networkLimits.edges;
}

export function toGraph(rows: NetworkRows, options: NetworkOptions): Graph {
  return options.view === "bipartite"
    ? toBipartiteGraph(rows)
    : toStakeholderGraph(rows, { coParticipation: options.coParticipation });
}

export function toNetwork(
  rows: NetworkRows,
  graph: Graph,
  options: NetworkOptions,
  betweenness: Partial<BetweennessOptions> = {},
  content: Network["content"] = { lang: "en", fields: {} },
): Network {
  const { nodes: metricsOf, metrics } = computeMetrics(graph, options.view, { ...defaultBetweenness, ...betweenness });
  const nodes = graph.nodes.map((node) => {
    const m = metricsOf.get(node.id);
    if (!m) throw new Error(`no metrics for node ${node.id}`);
    return { ...node, ...m };
  });
  return {
    view: options.view,
    coParticipation: options.view === "stakeholders" && options.coParticipation,
    cases: [...rows.cases].sort((a, b) => a.title.localeCompare(b.title, "en")),
    nodes,
    edges: graph.edges,
    metrics,
    summary: toSummary(nodes, options.view),
    content,
  };
}
