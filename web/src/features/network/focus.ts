/**
 * Keyboard moves between nodes: an arrow key goes to the nearest visible node that way on screen
 * (straight ahead counting more than off to the side); Home and End go to the first and last.
 */
import type { Point } from "./geometry.ts";

const directions: Record<string, Point> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

export const focusKeys = new Set([...Object.keys(directions), "Home", "End"]);

export function nextFocus(
  points: Point[],
  visible: (index: number) => boolean,
  current: number,
  key: string,
): number | undefined {
  const shown = points.map((_, i) => i).filter(visible);
  if (key === "Home") return shown[0];
  if (key === "End") return shown.at(-1);
  const d = directions[key];
  const from = points[current];
  if (!d || !from) return undefined;
  let best: number | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const i of shown) {
    const p = points[i] as Point;
    if (i === current) continue;
    const along = (p.x - from.x) * d.x + (p.y - from.y) * d.y;
    const aside = Math.abs((p.x - from.x) * d.y - (p.y - from.y) * d.x);
    if (along <= 0 || aside > along * 2) continue;
    const score = along + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
