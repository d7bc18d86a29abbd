/**
 * The graph as a standalone SVG document, as it is shown (same view, same hidden types, same
 * labels), for the SVG and PNG downloads. Built from the same geometry as the live drawing.
 */
import { symbolPath } from "./encoding.ts";
import { endAngle, type Transform, toEdgeGeometry, toEdgePath } from "./geometry.ts";
import type { PlacedLabel } from "./labels.ts";
import type { Scene, SceneEdge } from "./scene.ts";

export const arrowLength = 8;
export const labelFont = "12px system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', sans-serif";

export interface Positions {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export interface Visibility {
  node: (index: number) => boolean;
  edge: (edge: SceneEdge) => boolean;
}

/** Where an edge runs, in graph units; arrowheads scale with the nodes, so zooming does not move edge ends. */
export function edgeGeometryOf(scene: Scene, positions: Positions, edge: SceneEdge) {
  const source = scene.nodes[edge.source];
  const target = scene.nodes[edge.target];
  return toEdgeGeometry(
    { x: positions.x[edge.source] ?? 0, y: positions.y[edge.source] ?? 0 },
    { x: positions.x[edge.target] ?? 0, y: positions.y[edge.target] ?? 0 },
    {
      lane: edge.lane,
      sourceRadius: source?.radius ?? 0,
      targetRadius: target?.radius ?? 0,
      endGap: edge.data.directed ? arrowLength : 0,
    },
  );
}

const escapeText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const f = (n: number) => String(Math.round(n * 100) / 100);

export function toSvgDocument(
  scene: Scene,
  positions: Positions,
  view: { width: number; height: number; transform: Transform; title: string },
  visible: Visibility,
  labels: PlacedLabel[],
): string {
  const { k } = view.transform;
  const edges = scene.edges.filter(visible.edge);
  const edgeMarkup = edges.map((e) => {
    const g = edgeGeometryOf(scene, positions, e);
    const dash = e.style.dash
      ? ` stroke-dasharray="${e.style.dash
          .split(" ")
          .map((d) => f(Number(d) / k))
          .join(" ")}"`
      : "";
    const path = `<path d="${toEdgePath(g, e.lane !== 0)}" fill="none" stroke="${e.style.stroke}" stroke-width="${f(e.style.width / k)}"${dash}/>`;
    if (!e.data.directed) return path;
    const a = arrowLength;
    const arrow = `<path d="M0,${f(-a / 2)}L${f(a)},0L0,${f(a / 2)}Z" fill="${e.style.stroke}" transform="translate(${f(g.end.x)},${f(g.end.y)}) rotate(${f(endAngle(g))})"/>`;
    return path + arrow;
  });
  const nodeMarkup = scene.nodes
    .filter((n) => visible.node(n.index))
    .map((n) => {
      const stroke = n.key === "case" ? "#1d2733" : "#ffffff";
      return `<path d="${symbolPath(n.style.shape, n.radius)}" transform="translate(${f(positions.x[n.index] ?? 0)},${f(positions.y[n.index] ?? 0)})" fill="${n.style.fill}" stroke="${stroke}" stroke-width="${f(1.5 / k)}"><title>${escapeText(n.label)}</title></path>`;
    });
  const labelMarkup = labels.map((l) => {
    const node = scene.nodes[l.index];
    return `<text x="${f(l.x)}" y="${f(l.y)}" text-anchor="${l.anchor}" dominant-baseline="central">${escapeText(node?.shortLabel ?? "")}</text>`;
  });
  const t = view.transform;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${view.height}" viewBox="0 0 ${view.width} ${view.height}">`,
    `<title>${escapeText(view.title)}</title>`,
    `<rect width="${view.width}" height="${view.height}" fill="#ffffff"/>`,
    `<g transform="translate(${f(t.x)},${f(t.y)}) scale(${t.k})">`,
    `<g>${edgeMarkup.join("")}</g>`,
    `<g>${nodeMarkup.join("")}</g>`,
    "</g>",
    // Anchors are placed geometrically, so the labels' base direction is fixed; bidi still orders each name.
    `<g direction="ltr" unicode-bidi="plaintext" font-family="${labelFont.replace(/^\S+ /, "").replace(/"/g, "'")}" font-size="12" fill="#1d2733" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${labelMarkup.join("")}</g>`,
    "</svg>",
  ].join("\n");
}
