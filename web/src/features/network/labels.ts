/**
 * Label placement without overlaps: the most connected nodes are labelled first, each label tried
 * below, above, after and before its node, and kept only where it overlaps no other label and no
 * node. A key actor's label (prominent.ts) may cover nodes: the most connected sit in the densest part
 * of the drawing, where no place is free of nodes, and they are the names a reader looks for. The
 * others stay unlabelled until hovered or focused (their names are in the tables too).
 */

export interface LabelRequest {
  index: number;
  /** Screen position and radius of the node. */
  x: number;
  y: number;
  radius: number;
  width: number;
  /** Higher first; a forced label is placed whatever it covers. */
  priority: number;
  forced?: boolean;
  /** Placed after the forced ones and before the rest, over nodes if need be, never over another label. */
  key?: boolean;
}

export interface PlacedLabel {
  index: number;
  /** Where the text is anchored, with `anchor` as in SVG's text-anchor and the baseline in the middle. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const cell = 64;

/** A coarse grid of boxes, so a check looks only at the boxes near it. */
class Grid {
  private cells = new Map<string, Box[]>();
  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x0 / cell); cx <= Math.floor(b.x1 / cell); cx++) {
      for (let cy = Math.floor(b.y0 / cell); cy <= Math.floor(b.y1 / cell); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  }
  add(b: Box) {
    for (const key of this.keys(b)) {
      const boxes = this.cells.get(key);
      if (boxes) boxes.push(b);
      else this.cells.set(key, [b]);
    }
  }
  hits(b: Box, except?: Box): boolean {
    return this.keys(b).some((key) =>
      (this.cells.get(key) ?? []).some((o) => o !== except && o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1),
    );
  }
}

export function placeLabels(
  requests: LabelRequest[],
  options: { height: number; bounds?: { width: number; height: number } },
): PlacedLabel[] {
  const h = options.height;
  const nodes = new Grid();
  const nodeBox = new Map<number, Box>();
  for (const r of requests) {
    const box = { x0: r.x - r.radius, y0: r.y - r.radius, x1: r.x + r.radius, y1: r.y + r.radius };
    nodeBox.set(r.index, box);
    nodes.add(box);
  }
  const labels = new Grid();
  const placed: PlacedLabel[] = [];
  const rank = (r: LabelRequest) => (r.forced ? 2 : r.key ? 1 : 0);
  const ordered = [...requests].sort((a, b) => rank(b) - rank(a) || b.priority - a.priority);
  for (const r of ordered) {
    const gap = r.radius + 3;
    const candidates: (PlacedLabel & { box: Box })[] = [
      {
        index: r.index,
        x: r.x,
        y: r.y + gap + h / 2,
        anchor: "middle",
        box: centred(r.x, r.y + gap + h / 2, r.width, h),
      },
      {
        index: r.index,
        x: r.x,
        y: r.y - gap - h / 2,
        anchor: "middle",
        box: centred(r.x, r.y - gap - h / 2, r.width, h),
      },
      {
        index: r.index,
        x: r.x + gap,
        y: r.y,
        anchor: "start",
        box: { x0: r.x + gap, y0: r.y - h / 2, x1: r.x + gap + r.width, y1: r.y + h / 2 },
      },
      {
        index: r.index,
        x: r.x - gap,
        y: r.y,
        anchor: "end",
        box: { x0: r.x - gap - r.width, y0: r.y - h / 2, x1: r.x - gap, y1: r.y + h / 2 },
      },
    ];
    const inside = (b: Box) =>
      !options.bounds || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= options.bounds.width && b.y1 <= options.bounds.height);
    const own = nodeBox.get(r.index);
    const free = candidates.find((c) => inside(c.box) && !labels.hits(c.box) && !nodes.hits(c.box, own));
    const overNodes = r.key ? candidates.find((c) => inside(c.box) && !labels.hits(c.box)) : undefined;
    const chosen = free ?? overNodes ?? (r.forced ? candidates[0] : undefined);
    if (!chosen) continue;
    labels.add(chosen.box);
    placed.push({ index: chosen.index, x: chosen.x, y: chosen.y, anchor: chosen.anchor });
  }
  return placed;
}

function centred(x: number, y: number, width: number, height: number): Box {
  return { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
}
