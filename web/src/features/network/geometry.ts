/** Where things go on screen: edge curves between node borders, and the view that fits the graph. */

export interface Point {
  x: number;
  y: number;
}

export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** Spacing between parallel ties of one pair, at their middle. */
const laneGap = 16;

export interface EdgeGeometry {
  start: Point;
  /** Control point of the quadratic curve; the midpoint of a straight edge. */
  control: Point;
  end: Point;
}

/**
 * A tie from border to border: straight for a single tie, bowed to its lane for parallel ones. The
 * end is pulled back by `endGap` (the arrowhead's length) when the tie is directed.
 */
export function toEdgeGeometry(
  source: Point,
  target: Point,
  options: { lane: number; sourceRadius: number; targetRadius: number; endGap: number },
): EdgeGeometry {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const normal = { x: -dy / length, y: dx / length };
  const bow = options.lane * laneGap * 2;
  const control = {
    x: (source.x + target.x) / 2 + normal.x * bow,
    y: (source.y + target.y) / 2 + normal.y * bow,
  };
  const along = (from: Point, to: Point, distance: number) => {
    const ux = to.x - from.x;
    const uy = to.y - from.y;
    const d = Math.hypot(ux, uy) || 1;
    return { x: from.x + (ux / d) * distance, y: from.y + (uy / d) * distance };
  };
  return {
    start: along(source, control, options.sourceRadius),
    control,
    end: along(target, control, options.targetRadius + options.endGap),
  };
}

export function toEdgePath(g: EdgeGeometry, curved: boolean): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  return curved
    ? `M${f(g.start.x)},${f(g.start.y)}Q${f(g.control.x)},${f(g.control.y)} ${f(g.end.x)},${f(g.end.y)}`
    : `M${f(g.start.x)},${f(g.start.y)}L${f(g.end.x)},${f(g.end.y)}`;
}

/** The arrowhead's angle at the end of an edge, in degrees. */
export function endAngle(g: EdgeGeometry): number {
  return (Math.atan2(g.end.y - g.control.y, g.end.x - g.control.x) * 180) / Math.PI;
}

/** The transform showing every point (with `margin` pixels around) in a width × height view, never enlarged. */
export function fitTransform(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  width: number,
  height: number,
  margin: number,
): Transform {
  if (xs.length === 0) return { k: 1, x: width / 2, y: height / 2 };
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const k = Math.min(
    1,
    Math.max(0.02, (width - 2 * margin) / Math.max(1, maxX - minX)),
    Math.max(0.02, (height - 2 * margin) / Math.max(1, maxY - minY)),
  );
  return { k, x: width / 2 - ((minX + maxX) / 2) * k, y: height / 2 - ((minY + maxY) / 2) * k };
}

export const toScreen = (t: Transform, p: Point): Point => ({ x: p.x * t.k + t.x, y: p.y * t.k + t.y });

/**
 * A node's radius on screen: its size by degree at this zoom, but never under a few pixels, so a large
 * network fitted into a phone's width still shows nodes one can see and tap (538 actors in 350 px drew
 * most of them a pixel across).
 */
export const minNodeRadius = 3;
export const screenRadius = (radius: number, k: number): number => Math.max(radius * k, minNodeRadius);
