/**
 * Builds the drawn network from database rows, before any metric: stakeholder nodes tied by the
 * relationships recorded in each case (and, optionally, by taking part in the same case), or the
 * bipartite network of case nodes and stakeholder nodes tied by participation.
 */
import type { NetworkEdge, NetworkNode } from "./schema.ts";
import { toSector } from "./sectors.ts";

export interface NetworkRows {
  cases: { id: string; title: string; country: string }[];
  participations: {
    caseId: string;
    stakeholderId: string;
    role: string;
    name: string;
    type: string;
    country: string | null;
  }[];
  relationships: {
    id: string;
    caseId: string;
    fromId: string;
    toId: string;
    type: string;
    directed: boolean;
    startYear: number | null;
    endYear: number | null;
    basis: string | null;
  }[];
}

export type GraphNode = Pick<
  NetworkNode,
  "id" | "kind" | "label" | "type" | "sector" | "country" | "caseIds" | "countries"
>;
export interface Graph {
  nodes: GraphNode[];
  edges: NetworkEdge[];
}

/** Case nodes share the graph with stakeholders, whose ids are slugs too, so they carry a prefix. */
export const caseNodeId = (caseId: string) => `case:${caseId}`;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

function toStakeholderNodes(rows: NetworkRows): GraphNode[] {
  const countryOf = new Map(rows.cases.map((c) => [c.id, c.country]));
  const nodes = new Map<string, GraphNode>();
  for (const p of rows.participations) {
    const node = nodes.get(p.stakeholderId) ?? {
      id: p.stakeholderId,
      kind: "stakeholder" as const,
      label: p.name,
      type: p.type,
      sector: toSector(p.type),
      country: p.country,
      caseIds: [],
      countries: [],
    };
    node.caseIds.push(p.caseId);
    nodes.set(p.stakeholderId, node);
  }
  return [...nodes.values()]
    .map((n) => {
      const caseIds = sorted(n.caseIds);
      return { ...n, caseIds, countries: sorted(caseIds.map((id) => countryOf.get(id) ?? "")).filter(Boolean) };
    })
    .sort(byId);
}

function toRelationshipEdges(rows: NetworkRows): NetworkEdge[] {
  return rows.relationships
    .map((r) => ({
      id: r.id,
      source: r.fromId,
      target: r.toId,
      kind: "relationship" as const,
      type: r.type,
      directed: r.directed,
      caseIds: [r.caseId],
      weight: 1,
      startYear: r.startYear,
      endYear: r.endYear,
      basis: r.basis,
    }))
    .sort(byId);
}

/** One undirected tie per pair of stakeholders sharing at least one case, weighted by how many. */
function toCoParticipationEdges(rows: NetworkRows): NetworkEdge[] {
  const members = new Map<string, Set<string>>();
  for (const p of rows.participations) {
    const set = members.get(p.caseId) ?? new Set<string>();
    set.add(p.stakeholderId);
    members.set(p.caseId, set);
  }
  const shared = new Map<string, { source: string; target: string; caseIds: string[] }>();
  for (const [caseId, set] of members) {
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const source = ids[i] as string;
        const target = ids[j] as string;
        const key = `co:${source}--${target}`;
        const pair = shared.get(key) ?? { source, target, caseIds: [] };
        pair.caseIds.push(caseId);
        shared.set(key, pair);
      }
    }
  }
  return [...shared.entries()]
    .map(([id, pair]) => ({
      id,
      source: pair.source,
      target: pair.target,
      kind: "co-participation" as const,
      type: null,
      directed: false,
      caseIds: pair.caseIds.sort(),
      weight: pair.caseIds.length,
      startYear: null,
      endYear: null,
      basis: null,
    }))
    .sort(byId);
}

export function toStakeholderGraph(rows: NetworkRows, options: { coParticipation: boolean }): Graph {
  const nodes = toStakeholderNodes(rows);
  const edges = toRelationshipEdges(rows);
  return { nodes, edges: options.coParticipation ? [...edges, ...toCoParticipationEdges(rows)] : edges };
}

export function toBipartiteGraph(rows: NetworkRows): Graph {
  const caseNodes: GraphNode[] = rows.cases.map((c) => ({
    id: caseNodeId(c.id),
    kind: "case",
    label: c.title,
    type: null,
    sector: null,
    country: c.country,
    caseIds: [c.id],
    countries: [c.country],
  }));
  const edges: NetworkEdge[] = rows.participations
    .map((p) => ({
      id: `p:${p.caseId}:${p.stakeholderId}:${p.role}`,
      source: p.stakeholderId,
      target: caseNodeId(p.caseId),
      kind: "participation" as const,
      type: p.role,
      directed: false,
      caseIds: [p.caseId],
      weight: 1,
      startYear: null,
      endYear: null,
      basis: null,
    }))
    .sort(byId);
  return { nodes: [...caseNodes.sort(byId), ...toStakeholderNodes(rows)], edges };
}
