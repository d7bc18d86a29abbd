/**
 * Draws the graph on a 2D canvas, for networks too large for one DOM element per node. Two layers:
 * the base (every visible edge and node) is drawn into an offscreen canvas only when the data or
 * the settled view change; each frame then copies it, scaled to the current zoom, and draws on top
 * the lit neighbourhood, the focus ring and the labels. Zooming and hovering thousands of nodes
 * so cost one image copy and a few shapes per frame.
 */
import { drawSymbol, type ShapeName } from "./encoding.ts";
import { type EdgeGeometry, screenRadius, type Transform } from "./geometry.ts";
import type { PlacedLabel } from "./labels.ts";
import { arrowLength, edgeGeometryOf, labelFont, type Positions, type Visibility } from "./picture.ts";
import type { Scene, SceneEdge } from "./scene.ts";

export interface CanvasView {
  width: number;
  height: number;
  transform: Transform;
  pixelRatio: number;
}

export interface Emphasis {
  /** Nodes lit up (a hovered or selected node and its neighbours); the rest are veiled. */
  lit: Set<number> | null;
  /** The node whose ties are lit. */
  centre: number | null;
  focused: number | null;
}

const shapes = new Map<string, Path2D>();
function shapeOf(shape: ShapeName, radius: number): Path2D {
  const key = `${shape}:${radius.toFixed(1)}`;
  let path = shapes.get(key);
  if (!path) {
    path = new Path2D();
    drawSymbol(path as unknown as CanvasRenderingContext2D, shape, radius);
    shapes.set(key, path);
  }
  return path;
}

/** Every edge's geometry, computed once per layout rather than once per frame. */
export function toEdgeGeometries(scene: Scene, positions: Positions): EdgeGeometry[] {
  return scene.edges.map((e) => edgeGeometryOf(scene, positions, e));
}

function strokeEdges(ctx: CanvasRenderingContext2D, edges: SceneEdge[], geometry: EdgeGeometry[], k: number) {
  const groups = new Map<string, SceneEdge[]>();
  for (const e of edges) {
    const group = groups.get(e.key);
    if (group) group.push(e);
    else groups.set(e.key, [e]);
  }
  for (const group of groups.values()) {
    const style = (group[0] as SceneEdge).style;
    ctx.beginPath();
    const arrows = new Path2D();
    for (const e of group) {
      const g = geometry[e.index];
      if (!g) continue;
      ctx.moveTo(g.start.x, g.start.y);
      if (e.lane !== 0) ctx.quadraticCurveTo(g.control.x, g.control.y, g.end.x, g.end.y);
      else ctx.lineTo(g.end.x, g.end.y);
      if (!e.data.directed) continue;
      const angle = Math.atan2(g.end.y - g.control.y, g.end.x - g.control.x);
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      arrows.moveTo(g.end.x - (sin * arrowLength) / 2, g.end.y + (cos * arrowLength) / 2);
      arrows.lineTo(g.end.x + cos * arrowLength, g.end.y + sin * arrowLength);
      arrows.lineTo(g.end.x + (sin * arrowLength) / 2, g.end.y - (cos * arrowLength) / 2);
      arrows.closePath();
    }
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.width / k;
    ctx.setLineDash(style.dash ? style.dash.split(" ").map((d) => Number(d) / k) : []);
    ctx.stroke();
    ctx.fillStyle = style.stroke;
    ctx.fill(arrows);
  }
  ctx.setLineDash([]);
}

function fillNodes(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  positions: Positions,
  view: CanvasView,
  include: (index: number) => boolean,
) {
  const { k, x, y } = view.transform;
  const r = view.pixelRatio;
  for (const n of scene.nodes) {
    if (!include(n.index)) continue;
    const px = positions.x[n.index] ?? 0;
    const py = positions.y[n.index] ?? 0;
    ctx.setTransform(r * k, 0, 0, r * k, r * (x + px * k), r * (y + py * k));
    const path = shapeOf(n.style.shape, screenRadius(n.radius, k) / k);
    ctx.fillStyle = n.style.fill;
    ctx.fill(path);
    ctx.lineWidth = 1 / k;
    ctx.strokeStyle = n.key === "case" ? "#1d2733" : "#ffffff";
    ctx.stroke(path);
  }
}

/** Edges outside the view are skipped: zoomed in, most of a large network is off screen. */
function inView(g: EdgeGeometry, view: CanvasView): boolean {
  const { k, x, y } = view.transform;
  const sx = [g.start.x, g.control.x, g.end.x].map((v) => v * k + x);
  const sy = [g.start.y, g.control.y, g.end.y].map((v) => v * k + y);
  return !(Math.max(...sx) < 0 || Math.min(...sx) > view.width || Math.max(...sy) < 0 || Math.min(...sy) > view.height);
}

/** The base layer: every visible edge, then every visible node. */
export function drawBase(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  positions: Positions,
  geometry: EdgeGeometry[],
  view: CanvasView,
  visible: Visibility,
) {
  const { k, x, y } = view.transform;
  const r = view.pixelRatio;
  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(r * k, 0, 0, r * k, r * x, r * y);
  ctx.globalAlpha = 0.8;
  const edges = scene.edges.filter(
    (e) => visible.edge(e) && geometry[e.index] && inView(geometry[e.index] as EdgeGeometry, view),
  );
  strokeEdges(ctx, edges, geometry, k);
  ctx.globalAlpha = 1;
  fillNodes(ctx, scene, positions, view, visible.node);
}

/** Copies the base layer drawn at `drawnAt` to the current view, scaled and moved accordingly. */
export function drawBaseImage(
  ctx: CanvasRenderingContext2D,
  base: HTMLCanvasElement,
  drawnAt: Transform,
  view: CanvasView,
) {
  const r = view.pixelRatio;
  const t = view.transform;
  const s = t.k / drawnAt.k;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, view.width * r, view.height * r);
  ctx.setTransform(s, 0, 0, s, (t.x - drawnAt.x * s) * r, (t.y - drawnAt.y * s) * r);
  ctx.drawImage(base, 0, 0);
}

/** What changes from frame to frame: the veil and the lit neighbourhood, the focus ring, the labels. */
export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  positions: Positions,
  geometry: EdgeGeometry[],
  view: CanvasView,
  visible: Visibility,
  emphasis: Emphasis,
  labels: PlacedLabel[],
) {
  const { k, x, y } = view.transform;
  const r = view.pixelRatio;
  const { lit, centre, focused } = emphasis;
  if (lit) {
    ctx.setTransform(r, 0, 0, r, 0, 0);
    ctx.fillStyle = "rgb(252 253 254 / 80%)";
    ctx.fillRect(0, 0, view.width, view.height);
    ctx.setTransform(r * k, 0, 0, r * k, r * x, r * y);
    const ties = scene.edges.filter((e) => visible.edge(e) && (e.source === centre || e.target === centre));
    strokeEdges(ctx, ties, geometry, k);
    fillNodes(ctx, scene, positions, view, (i) => lit.has(i) && visible.node(i));
  }
  if (focused !== null && visible.node(focused)) {
    const n = scene.nodes[focused];
    if (n) {
      ctx.setTransform(r, 0, 0, r, 0, 0);
      ctx.beginPath();
      ctx.arc(
        x + (positions.x[focused] ?? 0) * k,
        y + (positions.y[focused] ?? 0) * k,
        screenRadius(n.radius, k) + 4,
        0,
        2 * Math.PI,
      );
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#e8a317";
      ctx.stroke();
    }
  }
  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.font = labelFont;
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "#ffffff";
  ctx.fillStyle = "#1d2733";
  for (const l of labels) {
    const text = scene.nodes[l.index]?.shortLabel ?? "";
    ctx.textAlign = l.anchor === "middle" ? "center" : l.anchor === "start" ? "left" : "right";
    ctx.strokeText(text, l.x, l.y);
    ctx.fillText(text, l.x, l.y);
  }
}
