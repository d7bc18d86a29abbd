/**
 * The network prepared for drawing: nodes and edges by index, with their legend key, style, radius,
 * a short label, the lane of each of several ties between one pair, and each node's neighbours.
 */
import { type EdgeStyle, edgeKey, edgeStyle, type NodeStyle, nodeKey, nodeStyle, radiusScale } from "./encoding.ts";
import { toProminent } from "./prominent.ts";
import type { Network, NetworkEdge, NetworkNode } from "./queries.ts";

export interface SceneNode {
  index: number;
  id: string;
  label: string;
  shortLabel: string;
  key: string;
  style: NodeStyle;
  radius: number;
  /** A key actor (prominent.ts): its name shows on the overview even over other nodes. */
  prominent: boolean;
  data: NetworkNode;
}

export interface SceneEdge {
  index: number;
  source: number;
  target: number;
  key: string;
  style: EdgeStyle;
  /** Position among the ties of the same pair, centred on 0, so parallel ties curve apart. */
  lane: number;
  data: NetworkEdge;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  neighbours: Set<number>[];
  indexOf: Map<string, number>;
}

const maxLabel = 28;

/** A label short enough to sit beside a node: cut at a word boundary when one is near, with an ellipsis. */
export function toShortLabel(label: string, max = maxLabel): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = Math.max(cut.lastIndexOf(" "), cut.lastIndexOf("-") + 1);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–]+$/u, "")}…`;
}

export function toScene(network: Pick<Network, "nodes" | "edges"> & Partial<Pick<Network, "summary">>): Scene {
  const indexOf = new Map(network.nodes.map((n, i) => [n.id, i]));
  const prominent = toProminent(network);
  const maxDegree = network.nodes.reduce((m, n) => Math.max(m, n.degree), 0);
  const radius = radiusScale(maxDegree, network.nodes.length);
  const nodes = network.nodes.map((data, index) => {
    const key = nodeKey(data);
    return {
      index,
      id: data.id,
      label: data.label,
      shortLabel: toShortLabel(data.label),
      key,
      style: nodeStyle(key),
      radius: radius(data.degree),
      prominent: prominent.has(data.id),
      data,
    };
  });
  const neighbours = nodes.map(() => new Set<number>());
  const pairs = new Map<string, number[]>();
  const edges: SceneEdge[] = [];
  for (const data of network.edges) {
    const source = indexOf.get(data.source);
    const target = indexOf.get(data.target);
    if (source === undefined || target === undefined) continue;
    const key = edgeKey(data);
    const index = edges.length;
    edges.push({ index, source, target, key, style: edgeStyle(key), lane: 0, data });
    neighbours[source]?.add(target);
    neighbours[target]?.add(source);
    const pair = source < target ? `${source}-${target}` : `${target}-${source}`;
    pairs.set(pair, [...(pairs.get(pair) ?? []), index]);
  }
  for (const members of pairs.values()) {
    members.forEach((edgeIndex, i) => {
      const edge = edges[edgeIndex] as SceneEdge;
      // Lanes are measured from the lower index towards the higher, whichever way the tie points.
      const lane = i - (members.length - 1) / 2;
      edge.lane = edge.source < edge.target ? lane : -lane;
    });
  }
  return { nodes, edges, neighbours, indexOf };
}

/** Each distinct tied pair once, for the layout. */
export function toLinks(scene: Scene): [number, number][] {
  const seen = new Set<string>();
  const links: [number, number][] = [];
  for (const e of scene.edges) {
    if (e.source === e.target) continue;
    const key = e.source < e.target ? `${e.source}-${e.target}` : `${e.target}-${e.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push([e.source, e.target]);
  }
  return links;
}
