/**
 * The attributes every export carries, in one list so GraphML, GEXF and CSV agree: name, value type
 * and how to read it. Lists are joined with ";"; a null means unknown and is left out (GraphML, GEXF)
 * or empty (CSV).
 */
import type { NetworkEdge, NetworkNode } from "./schema.ts";

export type AttributeType = "string" | "int" | "double" | "boolean";
export type AttributeValue = string | number | boolean | null;

export interface Attribute<T> {
  name: string;
  type: AttributeType;
  value: (item: T) => AttributeValue;
}

const list = (values: string[]) => values.join(";");

/** Node attributes; the label comes first because every format also needs it on its own. */
export const nodeAttributes: Attribute<NetworkNode>[] = [
  { name: "label", type: "string", value: (n) => n.label },
  { name: "kind", type: "string", value: (n) => n.kind },
  { name: "type", type: "string", value: (n) => n.type },
  { name: "sector", type: "string", value: (n) => n.sector },
  { name: "country", type: "string", value: (n) => n.country },
  { name: "cases", type: "string", value: (n) => list(n.caseIds) },
  { name: "caseCount", type: "int", value: (n) => n.caseIds.length },
  { name: "countries", type: "string", value: (n) => list(n.countries) },
  { name: "degree", type: "int", value: (n) => n.degree },
  { name: "betweenness", type: "double", value: (n) => n.betweenness },
  { name: "brokerage", type: "int", value: (n) => n.brokerage },
  { name: "publicSocialBrokerage", type: "int", value: (n) => n.publicSocialBrokerage },
  { name: "component", type: "int", value: (n) => n.component },
];

export const edgeAttributes: Attribute<NetworkEdge>[] = [
  { name: "kind", type: "string", value: (e) => e.kind },
  { name: "type", type: "string", value: (e) => e.type },
  { name: "directed", type: "boolean", value: (e) => e.directed },
  { name: "cases", type: "string", value: (e) => list(e.caseIds) },
  { name: "weight", type: "double", value: (e) => e.weight },
  { name: "startYear", type: "int", value: (e) => e.startYear },
  { name: "endYear", type: "int", value: (e) => e.endYear },
  { name: "basis", type: "string", value: (e) => e.basis },
];

export const exportNotice =
  "Co-production Atlas stakeholder network. Data compilation under CC BY 4.0; each record's sources are in the atlas.";
