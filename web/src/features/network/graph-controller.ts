/**
 * What the interactive graph does, without React: which nodes and ties show, which are lit around the
 * hovered, focused or selected node, which node is under the pointer, which labels fit the view, what a
 * key does, and what the tooltip points at. `useGraphController` holds the state these read; the
 * components only draw.
 */
import { type Quadtree, quadtree } from "d3-quadtree";
import { focusKeys, nextFocus } from "./focus.ts";
import { type Point, screenRadius, type Transform, toScreen } from "./geometry.ts";
import { type LabelRequest, type PlacedLabel, placeLabels } from "./labels.ts";
import type { Positions, Visibility } from "./picture.ts";
import type { Scene } from "./scene.ts";
import type { TooltipTarget } from "./Tooltip.tsx";

/** Above this many nodes, one DOM element per node costs more than drawing them all on a canvas. */
const canvasThreshold = 1000;
const maxCanvasLabels = 300;
export const margin = 40;

export const drawsOnCanvas = (scene: Scene) => scene.nodes.length > canvasThreshold;

/** A node shows unless its legend entry is hidden; a tie shows when its entry and both ends do. */
export function toVisibility(scene: Scene, hidden: Set<string>): Visibility {
  const nodeShown = scene.nodes.map((n) => !hidden.has(`node:${n.key}`));
  return {
    node: (i) => nodeShown[i] ?? false,
    edge: (e) => !hidden.has(`edge:${e.key}`) && (nodeShown[e.source] ?? false) && (nodeShown[e.target] ?? false),
  };
}

/** The node the view centres on: hovered first, then focused, then selected. */
export const centreOf = (hover: number | null, focused: number | null, selected: number | null) =>
  hover ?? focused ?? selected;

/** The centre and its neighbours; null when nothing is centred, so nothing fades. */
export const litAround = (scene: Scene, centre: number | null): Set<number> | null =>
  centre === null ? null : new Set([centre, ...(scene.neighbours[centre] ?? [])]);

const pointOf = (positions: Positions, index: number): Point => ({
  x: positions.x[index] ?? 0,
  y: positions.y[index] ?? 0,
});

/** The nodes indexed by position, for finding the one under the pointer on a canvas. */
export const toNodeTree = (scene: Scene, positions: Positions): Quadtree<number> =>
  quadtree<number>()
    .x((i) => positions.x[i] ?? 0)
    .y((i) => positions.y[i] ?? 0)
    .addAll(scene.nodes.map((n) => n.index));

/** The visible node nearest a screen point on a canvas, within a radius that stays usable at any zoom. */
export function hitTest(
  tree: Quadtree<number>,
  transform: Transform,
  screen: Point,
  visible: Visibility,
): number | undefined {
  const index = tree.find(
    (screen.x - transform.x) / transform.k,
    (screen.y - transform.y) / transform.k,
    12 / transform.k + 10,
  );
  return index !== undefined && visible.node(index) ? index : undefined;
}

/** The positions with one node moved (a drag); the layout's own arrays are never changed. */
export function withNodeMoved(positions: Positions, index: number, x: number, y: number): Positions {
  const nx = Float64Array.from(positions.x);
  const ny = Float64Array.from(positions.y);
  nx[index] = x;
  ny[index] = y;
  return { x: nx, y: ny };
}

export interface LabelView {
  positions: Positions;
  transform: Transform;
  width: number;
  height: number;
  visible: Visibility;
  centre: number | null;
  selected: number | null;
  canvas: boolean;
}

/**
 * The labels that fit: the centred and selected nodes' always, then the key actors', others when on
 * screen, by importance (degree, then betweenness); a canvas keeps the most important few hundred.
 */
export function labelsInView(scene: Scene, v: LabelView, measure: (text: string) => number): PlacedLabel[] {
  if (v.width === 0) return [];
  const requests: LabelRequest[] = [];
  for (const n of scene.nodes) {
    if (!v.visible.node(n.index)) continue;
    const p = toScreen(v.transform, pointOf(v.positions, n.index));
    const forced = n.index === v.centre || n.index === v.selected;
    if (!forced && (p.x < -margin || p.y < -margin || p.x > v.width + margin || p.y > v.height + margin)) continue;
    requests.push({
      index: n.index,
      x: p.x,
      y: p.y,
      radius: screenRadius(n.radius, v.transform.k),
      width: measure(n.shortLabel),
      priority: n.data.degree + n.data.betweenness * 100,
      forced,
      key: n.prominent,
    });
  }
  const kept = v.canvas
    ? requests
        .sort((a, b) => Number(b.forced) - Number(a.forced) || Number(b.key) - Number(a.key) || b.priority - a.priority)
        .slice(0, maxCanvasLabels)
    : requests;
  return placeLabels(kept, { height: 14, bounds: { width: v.width, height: v.height } });
}

export type KeyAction =
  | { kind: "open"; index: number }
  | { kind: "clear-hover" }
  | { kind: "focus"; index: number; point: Point; reveal: boolean }
  /** A focus key with nowhere to go: taken, so the page does not scroll. */
  | { kind: "stay" };

/**
 * What a key does on the graph: Enter or Space opens the focused node (the first visible one before any
 * focus), Escape clears the hover, arrows, Home and End move the focus, revealing a node near the edge.
 */
export function keyAction(
  key: string,
  scene: Scene,
  positions: Positions,
  visible: Visibility,
  focused: number | null,
  view: { transform: Transform; width: number; height: number },
): KeyAction | null {
  const current = focused ?? scene.nodes.find((n) => visible.node(n.index))?.index;
  if (current === undefined) return null;
  if (key === "Enter" || key === " ") return { kind: "open", index: current };
  if (key === "Escape") return { kind: "clear-hover" };
  if (!focusKeys.has(key)) return null;
  const points = scene.nodes.map((n) => pointOf(positions, n.index));
  const next = nextFocus(points, visible.node, current, key);
  if (next === undefined) return { kind: "stay" };
  const point = points[next] ?? { x: 0, y: 0 };
  const p = toScreen(view.transform, point);
  const reveal = p.x < margin || p.y < margin || p.x > view.width - margin || p.y > view.height - margin;
  return { kind: "focus", index: next, point, reveal };
}

/** The tooltip: a hovered tie first, else the centred node unless it is the selected one (shown apart). */
export function tooltipFor(
  scene: Scene,
  positions: Positions,
  transform: Transform,
  hoverEdge: { index: number; at: Point } | null,
  centre: number | null,
  selected: number | null,
): TooltipTarget | null {
  if (hoverEdge) return { kind: "edge", edge: scene.edges[hoverEdge.index]?.data, at: hoverEdge.at };
  if (centre === null || centre === selected) return null;
  return { kind: "node", node: scene.nodes[centre]?.data, at: toScreen(transform, pointOf(positions, centre)) };
}
