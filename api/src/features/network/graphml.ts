/**
 * GraphML (graphml.graphdrawing.org) for Gephi, yEd, networkx and igraph. One `edgedefault`: networkx
 * refuses a per-edge `directed` that contradicts it, so ties are undirected, as the metrics treat
 * them, and each keeps its direction as a `directed` attribute, source to target.
 */

import { type ExportDataset, toDatasetNote } from "../cite/export-metadata.ts";
import { type Attribute, edgeAttributes, exportNotice, nodeAttributes } from "./attributes.ts";
import type { Network } from "./schema.ts";
import { escapeXml } from "./xml.ts";

function keys<T>(attributes: Attribute<T>[], target: "node" | "edge", prefix: string): string[] {
  return attributes.map(
    (a, i) => `  <key id="${prefix}${i}" for="${target}" attr.name="${a.name}" attr.type="${a.type}"/>`,
  );
}

function data<T>(attributes: Attribute<T>[], item: T, prefix: string): string {
  return attributes
    .map((a, i) => {
      const value = a.value(item);
      return value === null ? "" : `<data key="${prefix}${i}">${escapeXml(value)}</data>`;
    })
    .join("");
}

/** `dataset`: the version the network comes from, in the comment and as the graph's `<desc>`. */
export function toGraphml(network: Network, dataset?: ExportDataset): string {
  const notice = dataset ? `${exportNotice} ${toDatasetNote(dataset)}` : exportNotice;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${escapeXml(notice)} -->`,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys(nodeAttributes, "node", "n"),
    ...keys(edgeAttributes, "edge", "e"),
    `  <graph id="${escapeXml(network.view)}" edgedefault="undirected">`,
    ...(dataset ? [`    <desc>${escapeXml(toDatasetNote(dataset))}</desc>`] : []),
    ...network.nodes.map((n) => `    <node id="${escapeXml(n.id)}">${data(nodeAttributes, n, "n")}</node>`),
    ...network.edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data(edgeAttributes, e, "e")}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
  ];
  return `${lines.join("\n")}\n`;
}
