/**
 * Nodes and edges as two CSV tables (RFC 4180, CRLF) in the column names Gephi's spreadsheet import
 * recognises: Id and Label for nodes; Id, Source, Target, Type (directed or undirected), Label and
 * Weight for edges. The other columns are the shared export attributes.
 */
import { toCsv } from "../../http/csv.ts";
import { edgeAttributes, nodeAttributes } from "./attributes.ts";
import type { Network } from "./schema.ts";

const nodeColumns = nodeAttributes.filter((a) => a.name !== "label");
const edgeColumns = edgeAttributes.filter((a) => a.name !== "weight");

export function toNodesCsv(network: Network): string {
  return toCsv([
    ["Id", "Label", ...nodeColumns.map((a) => a.name)],
    ...network.nodes.map((n) => [n.id, n.label, ...nodeColumns.map((a) => a.value(n))]),
  ]);
}

export function toEdgesCsv(network: Network): string {
  return toCsv([
    ["Id", "Source", "Target", "Type", "Label", "Weight", ...edgeColumns.map((a) => a.name)],
    ...network.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.directed ? "directed" : "undirected",
      e.type ?? e.kind,
      e.weight,
      ...edgeColumns.map((a) => a.value(e)),
    ]),
  ]);
}
