/**
 * Plane geometry on longitude/latitude rings, enough to tell whether a point lies in a country, how far
 * outside it is, and to cut an outline along a parallel. Distances use a local equirectangular projection,
 * accurate to well under 1 % over the tens of kilometres that matter here.
 */
import type { Position } from "geojson";

/** A polygon as GeoJSON rings of [longitude, latitude]: the outer ring first, then its holes. */
export type Rings = Position[][];

const kmPerDegreeLatitude = 110.574;
const kmPerDegreeLongitudeAtEquator = 111.32;

/** Whether [longitude, latitude] lies inside one of the polygons: inside an outer ring and in none of its holes. */
export function isInside(point: Position, polygons: Rings[]): boolean {
  return polygons.some(
    ([outer, ...holes]) => outer !== undefined && inRing(point, outer) && !holes.some((h) => inRing(point, h)),
  );
}

/** Distance in kilometres from [longitude, latitude] to the nearest edge of any of the polygons. */
export function distanceToEdgeKm(point: Position, polygons: Rings[]): number {
  const [lon = 0, lat = 0] = point;
  const kx = kmPerDegreeLongitudeAtEquator * Math.cos((lat * Math.PI) / 180);
  const toKm = (p: Position): [number, number] => [((p[0] ?? 0) - lon) * kx, ((p[1] ?? 0) - lat) * kmPerDegreeLatitude];
  let nearest = Number.POSITIVE_INFINITY;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (a && b) nearest = Math.min(nearest, distanceToSegment(toKm(a), toKm(b)));
    }
  }
  return nearest;
}

/**
 * The part of the polygons north or south of a parallel (Sutherland–Hodgman against one half-plane). A
 * concave ring may come out with zero-width runs along the parallel; they are horizontal, so `isInside`
 * ignores them.
 */
export function clipAtLatitude(polygons: Rings[], latitude: number, keep: "north" | "south"): Rings[] {
  const kept = (p: Position) => (keep === "north" ? (p[1] ?? 0) >= latitude : (p[1] ?? 0) <= latitude);
  const crossing = (a: Position, b: Position): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    return [ax + ((latitude - ay) / (by - ay)) * (bx - ax), latitude];
  };
  const clipRing = (ring: Position[]): Position[] => {
    const out: Position[] = [];
    for (let i = 0; i < ring.length - 1; i++) {
      const a = ring[i];
      const b = ring[i + 1];
      if (!a || !b) continue;
      if (kept(a)) out.push(a);
      if (kept(a) !== kept(b)) out.push(crossing(a, b));
    }
    const first = out[0];
    return first ? [...out, first] : [];
  };
  return polygons.flatMap(([outer = [], ...holes]) => {
    const clipped = clipRing(outer);
    if (clipped.length < 4) return [];
    return [[clipped, ...holes.map(clipRing).filter((ring) => ring.length >= 4)]];
  });
}

/** Even-odd ray casting; a point exactly on an edge may fall either way, which the tolerance absorbs. */
function inRing([x = 0, y = 0]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from the origin to the segment a–b, all in kilometres. */
function distanceToSegment([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
