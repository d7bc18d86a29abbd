/**
 * A network as one still SVG document, for print: the same layout (seeded), encoding and label
 * placement as the interactive graph, fitted to a fixed size, with no zoom or hover to come.
 */

import { fitTransform } from "./geometry.ts";
import { labelsInView, margin, toVisibility } from "./graph-controller.ts";
import { computeLayout } from "./layout.ts";
import { measureLabel } from "./measure.ts";
import { toSvgDocument } from "./picture.ts";
import type { Network } from "./queries.ts";
import { toLinks, toScene } from "./scene.ts";
import { layoutSeed } from "./useLayout.ts";

export function toStaticSvg(network: Pick<Network, "nodes" | "edges">, width: number, height: number, title: string) {
  const scene = toScene(network);
  const positions = computeLayout({
    nodes: scene.nodes.map((n) => ({ radius: n.radius, labelWidth: measureLabel(n.shortLabel) })),
    links: toLinks(scene),
    seed: layoutSeed,
  });
  const transform = fitTransform(positions.x, positions.y, width, height, margin);
  const visible = toVisibility(scene, new Set());
  const view = { positions, transform, width, height, visible, centre: null, selected: null, canvas: false };
  const labels = labelsInView(scene, view, measureLabel);
  return toSvgDocument(scene, positions, { width, height, transform, title }, visible, labels);
}
