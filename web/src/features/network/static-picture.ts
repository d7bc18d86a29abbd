/**
 * A network as one still SVG document, for print: the same layout (seeded), encoding and label
 * placement as the interactive graph, fitted to a fixed width and at most a given height, and no
 * taller than the drawing needs (a few actors do not leave a page half empty).
 */

import { fitTransform } from "./geometry.ts";
import { labelsInView, margin, toVisibility } from "./graph-controller.ts";
import { computeLayout } from "./layout.ts";
import { measureLabel } from "./measure.ts";
import { toSvgDocument } from "./picture.ts";
import type { Network } from "./queries.ts";
import { toLinks, toScene } from "./scene.ts";
import { layoutSeed } from "./useLayout.ts";

/** Room under the lowest node for its label. */
const labelRoom = 24;

export function toStaticSvg(
  network: Pick<Network, "nodes" | "edges">,
  width: number,
  maxHeight: number,
  title: string,
) {
  const scene = toScene(network);
  const positions = computeLayout({
    nodes: scene.nodes.map((n) => ({ radius: n.radius, labelWidth: measureLabel(n.shortLabel) })),
    links: toLinks(scene),
    seed: layoutSeed,
  });
  const ys = Array.from(positions.y);
  const span = ys.length ? Math.max(...ys) - Math.min(...ys) : 0;
  const scale = fitTransform(positions.x, positions.y, width, maxHeight, margin).k;
  const height = Math.min(maxHeight, Math.ceil(span * scale + 2 * margin + labelRoom));
  const transform = fitTransform(positions.x, positions.y, width, height, margin);
  const visible = toVisibility(scene, new Set());
  const view = { positions, transform, width, height, visible, centre: null, selected: null, canvas: false };
  const labels = labelsInView(scene, view, measureLabel);
  return { svg: toSvgDocument(scene, positions, { width, height, transform, title }, visible, labels), width, height };
}
