/**
 * GEXF 1.2 (gexf.net), Gephi's own format, which networkx also reads (it knows 1.1draft and 1.2draft,
 * not 1.3). As in GraphML, edges are undirected by default and keep their direction as an attribute;
 * `label` and `weight` are GEXF's own fields, so they are not repeated as attributes.
 */

import { type ExportDataset, toDatasetNote } from "../cite/export-metadata.ts";
import { type Attribute, type AttributeType, edgeAttributes, exportNotice, nodeAttributes } from "./attributes.ts";
import type { Network } from "./schema.ts";
import { escapeXml } from "./xml.ts";

const gexfType: Record<AttributeType, string> = {
  string: "string",
  int: "integer",
  double: "double",
  boolean: "boolean",
};

const nodeExtra = nodeAttributes.filter((a) => a.name !== "label");
const edgeExtra = edgeAttributes.filter((a) => a.name !== "weight");

function declarations<T>(attributes: Attribute<T>[], target: "node" | "edge"): string[] {
  return [
    `    <attributes class="${target}">`,
    ...attributes.map((a, i) => `      <attribute id="${i}" title="${a.name}" type="${gexfType[a.type]}"/>`),
    "    </attributes>",
  ];
}

function attvalues<T>(attributes: Attribute<T>[], item: T): string {
  const values = attributes.flatMap((a, i) => {
    const value = a.value(item);
    return value === null ? [] : [`<attvalue for="${i}" value="${escapeXml(value)}"/>`];
  });
  return values.length ? `<attvalues>${values.join("")}</attvalues>` : "";
}

/** `dataset`: the version the network comes from, written in the meta block with its date. */
export function toGexf(network: Network, options: { date?: string; dataset?: ExportDataset } = {}): string {
  const date = options.date ?? options.dataset?.modified;
  const notice = options.dataset ? `${exportNotice} ${toDatasetNote(options.dataset)}` : exportNotice;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta${date ? ` lastmodifieddate="${escapeXml(date)}"` : ""}>`,
    "    <creator>Co-production Atlas</creator>",
    `    <description>${escapeXml(notice)}</description>`,
    "  </meta>",
    '  <graph mode="static" defaultedgetype="undirected">',
    ...declarations(nodeExtra, "node"),
    ...declarations(edgeExtra, "edge"),
    "    <nodes>",
    ...network.nodes.map(
      (n) => `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}">${attvalues(nodeExtra, n)}</node>`,
    ),
    "    </nodes>",
    "    <edges>",
    ...network.edges.map(
      (e) =>
        `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" weight="${e.weight}"${e.type ? ` label="${escapeXml(e.type)}"` : ""}>${attvalues(edgeExtra, e)}</edge>`,
    ),
    "    </edges>",
    "  </graph>",
    "</gexf>",
  ];
  return `${lines.join("\n")}\n`;
}
