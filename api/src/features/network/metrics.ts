/**
 * Network metrics with graphology, on the undirected simple graph behind the drawing: parallel ties
 * (two relationship types, or a relationship and a co-participation) count as one tie, direction is
 * ignored, self-ties are dropped. Values match networkx's defaults on the same graph.
 *
 * Brokerage between sectors, a simplified Gould–Fernandez count: for each node, the pairs of its
 * neighbours that sit in different sectors and are not tied to each other, so that the node is the
 * short path between them. Undirected ties cannot tell coordinator, gatekeeper and representative
 * apart, so the roles are not split; the pairs joining a public administration and a social or
 * community actor are counted separately, as the bridge co-production is about.
 */
import { UndirectedGraph } from "graphology";
import { connectedComponents } from "graphology-components";
import { undirectedDensity } from "graphology-metrics/graph/density.js";
import { type BetweennessOptions, betweenness, defaultBetweenness, toAdjacency } from "./betweenness.ts";
import type { Graph } from "./build.ts";
import type { NetworkMetrics, NetworkView, Sector } from "./schema.ts";

export interface NodeMetrics {
  degree: number;
  betweenness: number;
  brokerage: number | null;
  publicSocialBrokerage: number | null;
  component: number;
}

export interface GraphMetrics {
  nodes: Map<string, NodeMetrics>;
  metrics: NetworkMetrics;
}

export function toSimpleGraph(graph: Graph): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const node of graph.nodes) g.addNode(node.id);
  for (const edge of graph.edges) {
    if (edge.source === edge.target || !g.hasNode(edge.source) || !g.hasNode(edge.target)) continue;
    if (!g.hasEdge(edge.source, edge.target)) g.addEdge(edge.source, edge.target);
  }
  return g;
}

/** Components, largest first (ties broken by their smallest id), so numbering is stable. */
function toComponents(g: UndirectedGraph): string[][] {
  return connectedComponents(g)
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1));
}

export function toBrokerage(
  g: UndirectedGraph,
  node: string,
  sectorOf: (id: string) => Sector | null,
): { brokerage: number; publicSocialBrokerage: number } {
  const neighbours = g.neighbors(node);
  let brokerage = 0;
  let publicSocialBrokerage = 0;
  for (let i = 0; i < neighbours.length; i++) {
    const u = neighbours[i] as string;
    const su = sectorOf(u);
    for (let j = i + 1; j < neighbours.length; j++) {
      const w = neighbours[j] as string;
      const sw = sectorOf(w);
      if (su === null || sw === null || su === sw || g.hasEdge(u, w)) continue;
      brokerage++;
      if ((su === "public" && sw === "social") || (su === "social" && sw === "public")) publicSocialBrokerage++;
    }
  }
  return { brokerage, publicSocialBrokerage };
}

/** Betweenness of every node of the simple graph, by id, and how it was computed. */
function toBetweenness(g: UndirectedGraph, options: BetweennessOptions) {
  const index = new Map<string, number>();
  g.forEachNode((id) => {
    index.set(id, index.size);
  });
  const pairs: [number, number][] = [];
  g.forEachEdge((_edge, _attributes, source, target) => {
    pairs.push([index.get(source) as number, index.get(target) as number]);
  });
  const { values, method } = betweenness(toAdjacency(g.order, pairs), options);
  return { of: (id: string) => values[index.get(id) ?? -1] ?? 0, method };
}

export function computeMetrics(
  graph: Graph,
  view: NetworkView,
  options: BetweennessOptions = defaultBetweenness,
): GraphMetrics {
  const g = toSimpleGraph(graph);
  const centrality = toBetweenness(g, options);
  const components = toComponents(g);
  const componentOf = new Map<string, number>();
  components.forEach((ids, i) => {
    for (const id of ids) componentOf.set(id, i + 1);
  });
  const sector = new Map(graph.nodes.map((n) => [n.id, n.sector]));
  const sectorOf = (id: string) => sector.get(id) ?? null;
  const nodes = new Map<string, NodeMetrics>();
  for (const node of graph.nodes) {
    const brokerage = view === "stakeholders" ? toBrokerage(g, node.id, sectorOf) : null;
    nodes.set(node.id, {
      degree: g.degree(node.id),
      betweenness: centrality.of(node.id),
      brokerage: brokerage?.brokerage ?? null,
      publicSocialBrokerage: brokerage?.publicSocialBrokerage ?? null,
      component: componentOf.get(node.id) ?? 0,
    });
  }
  return { nodes, metrics: { ...toGraphMetrics(graph, g, view, components), betweenness: centrality.method } };
}

function toGraphMetrics(
  graph: Graph,
  g: UndirectedGraph,
  view: NetworkView,
  components: string[][],
): Omit<NetworkMetrics, "betweenness"> {
  let density = 0;
  if (view === "bipartite") {
    const cases = graph.nodes.filter((n) => n.kind === "case").length;
    const possible = cases * (g.order - cases);
    density = possible > 0 ? g.size / possible : 0;
  } else if (g.order >= 2) {
    density = undirectedDensity(g);
  }
  return {
    nodes: g.order,
    edges: graph.edges.length,
    ties: g.size,
    density,
    components: components.length,
    largestComponent: components[0]?.length ?? 0,
  };
}
