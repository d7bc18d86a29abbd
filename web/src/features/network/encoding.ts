/**
 * How the graph looks, as data: each stakeholder type a shape and a colour (public administrations
 * share the square, in three blues), each relationship type a colour and a dash pattern, node size by
 * degree. Shape and dash carry the meaning too, so colour is never the only cue.
 */
import { scaleSqrt } from "d3-scale";
import {
  type SymbolType,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from "d3-shape";

export type ShapeName = "circle" | "square" | "triangle" | "diamond" | "star" | "cross" | "wye" | "hexagon";

/** A flat hexagon for case nodes, set apart from every stakeholder shape. */
const symbolHexagon: SymbolType = {
  draw(context, size) {
    const r = Math.sqrt((2 * size) / (3 * Math.sqrt(3)));
    for (let i = 0; i < 6; i++) {
      const angle = (Math.PI / 3) * i;
      const x = r * Math.cos(angle);
      const y = r * Math.sin(angle);
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.closePath();
  },
};

const symbols: Record<ShapeName, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
  wye: symbolWye,
  hexagon: symbolHexagon,
};

export interface NodeStyle {
  shape: ShapeName;
  fill: string;
}

/** Okabe–Ito based colours, readable by people with the common colour-vision deficiencies. */
export const nodeStyles: Record<string, NodeStyle> = {
  "public-local": { shape: "square", fill: "#0072b2" },
  "public-regional": { shape: "square", fill: "#56a0d3" },
  "public-national": { shape: "square", fill: "#023e66" },
  "sse-organisation": { shape: "circle", fill: "#009e73" },
  "community-group": { shape: "triangle", fill: "#e69f00" },
  citizens: { shape: "diamond", fill: "#d55e00" },
  "private-company": { shape: "cross", fill: "#6b7280" },
  research: { shape: "star", fill: "#cc79a7" },
  funder: { shape: "wye", fill: "#8c5a2b" },
};
const unknownNode: NodeStyle = { shape: "circle", fill: "#9aa5b1" };
export const caseNodeStyle: NodeStyle = { shape: "hexagon", fill: "#ffffff" };

/** The legend key of a node: its stakeholder type, or "case". */
export const nodeKey = (node: { kind: string; type: string | null }) =>
  node.kind === "case" ? "case" : (node.type ?? "unknown");

export function nodeStyle(key: string): NodeStyle {
  return key === "case" ? caseNodeStyle : (nodeStyles[key] ?? unknownNode);
}

export interface EdgeStyle {
  stroke: string;
  dash: string | null;
  width: number;
}

export const edgeStyles: Record<string, EdgeStyle> = {
  funding: { stroke: "#b45309", dash: null, width: 2.25 },
  agreement: { stroke: "#0072b2", dash: "7 3", width: 1.75 },
  partnership: { stroke: "#009e73", dash: null, width: 1.75 },
  "governance-seat": { stroke: "#6d28d9", dash: "2 3", width: 2 },
  "service-delivery": { stroke: "#0e7490", dash: null, width: 2.25 },
  "knowledge-exchange": { stroke: "#cc79a7", dash: "1 3", width: 2.25 },
  "asset-transfer": { stroke: "#b91c1c", dash: "9 3 2 3", width: 2 },
  regulation: { stroke: "#374151", dash: "5 4", width: 1.5 },
  membership: { stroke: "#65a30d", dash: "3 2", width: 1.75 },
  "co-participation": { stroke: "#b3bdc8", dash: null, width: 1 },
  participation: { stroke: "#a3adb8", dash: null, width: 1 },
};
const unknownEdge: EdgeStyle = { stroke: "#6b7280", dash: null, width: 1.5 };

/** The legend key of an edge: its relationship type, or its kind when it has none of its own. */
export const edgeKey = (edge: { kind: string; type: string | null }) =>
  edge.kind === "relationship" ? (edge.type ?? "unknown") : edge.kind;

export function edgeStyle(key: string): EdgeStyle {
  return edgeStyles[key] ?? unknownEdge;
}

/** Node radius by degree, on a square-root scale so area grows with the number of ties. */
export function radiusScale(maxDegree: number, nodeCount: number): (degree: number) => number {
  const [min, max] = nodeCount > 1000 ? [2.5, 9] : nodeCount > 150 ? [4, 13] : [7, 18];
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxDegree)])
    .range([min, max]);
  return (degree) => scale(degree);
}

/** An SVG path of the shape, centred on 0,0, covering about the area of a circle of that radius. */
export function symbolPath(shape: ShapeName, radius: number): string {
  return symbol(symbols[shape], Math.PI * radius * radius)() ?? "";
}

export function drawSymbol(context: CanvasRenderingContext2D, shape: ShapeName, radius: number) {
  symbol(symbols[shape], Math.PI * radius * radius).context(context)();
}
