/**
 * GeoJSON as a table: one row per feature, its properties as columns (nested values as JSON text) and
 * its position as `latitude` / `longitude`. A point stays itself; any other geometry is placed at a
 * representative point (the middle vertex of a line, the area centroid of the largest polygon), and
 * the row says so, since the atlas keeps points only.
 */
import type { Feature, Geometry, Position } from "geojson";
import type { DecodedText } from "./decode.ts";
import type { ImportTable, RowMessage } from "./table.ts";
import { toUniqueHeader } from "./table.ts";

/** Whether the text is GeoJSON (a FeatureCollection or a Feature). */
export function isGeoJson(text: string): boolean {
  return /^\s*\{[\s\S]*"type"\s*:\s*"(FeatureCollection|Feature)"/.test(text.slice(0, 10_000));
}

export class GeoJsonError extends Error {}

export function parseGeoJson(decoded: DecodedText): ImportTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded.text);
  } catch (error) {
    throw new GeoJsonError(`not valid JSON: ${(error as Error).message}`);
  }
  const features = toFeatures(parsed);
  const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const clash = keys.includes("latitude") || keys.includes("longitude");
  const position = clash ? ["geometry latitude", "geometry longitude"] : ["latitude", "longitude"];
  const header = toUniqueHeader([...keys, ...position]);
  const notes = new Map<number, RowMessage[]>();
  const rows = features.map((f, i) => {
    const cells = keys.map((k) => toCell(f.properties?.[k]));
    const point = representativePoint(f.geometry);
    if (point && f.geometry?.type !== "Point") {
      notes.set(i, [
        {
          column: null,
          code: "geometry_not_point",
          params: { geometry: String(f.geometry?.type), latitude: point[1], longitude: point[0] },
          message: `The ${f.geometry?.type} is placed at a representative point (${point[1].toFixed(5)}, ${point[0].toFixed(5)})`,
          level: "warning",
        },
      ]);
    }
    return [...cells, point ? String(point[1]) : "", point ? String(point[0]) : ""];
  });
  return { format: "geojson", encoding: decoded.encoding, delimiter: null, header, rows, notes };
}

function toFeatures(value: unknown): Feature[] {
  const object = value as { type?: string; features?: unknown };
  if (object?.type === "Feature") return [object as Feature];
  if (object?.type === "FeatureCollection" && Array.isArray(object.features)) {
    return object.features.filter((f): f is Feature => (f as { type?: string })?.type === "Feature");
  }
  throw new GeoJsonError("expected a FeatureCollection or a Feature");
}

function toCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) return value.join("; ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** [longitude, latitude] standing for the geometry, or undefined for none. */
export function representativePoint(geometry: Geometry | null | undefined): [number, number] | undefined {
  if (!geometry) return undefined;
  switch (geometry.type) {
    case "Point":
      return toPair(geometry.coordinates);
    case "MultiPoint":
      return toPair(geometry.coordinates[0]);
    case "LineString":
      return toPair(geometry.coordinates[Math.floor(geometry.coordinates.length / 2)]);
    case "MultiLineString":
      return representativePoint({ type: "LineString", coordinates: longest(geometry.coordinates) });
    case "Polygon":
      return ringCentroid(geometry.coordinates[0] ?? []);
    case "MultiPolygon": {
      const largest = [...geometry.coordinates].sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []))[0];
      return largest ? ringCentroid(largest[0] ?? []) : undefined;
    }
    case "GeometryCollection":
      return geometry.geometries.map(representativePoint).find((p) => p !== undefined);
  }
}

function toPair(p: Position | undefined): [number, number] | undefined {
  const [lon, lat] = p ?? [];
  return typeof lon === "number" && typeof lat === "number" && Number.isFinite(lon + lat) ? [lon, lat] : undefined;
}

function longest(lines: Position[][]): Position[] {
  return lines.reduce((a, b) => (b.length > a.length ? b : a), [] as Position[]);
}

function ringArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    area += xj * yi - xi * yj;
  }
  return Math.abs(area / 2);
}

/** The area centroid of a ring (its vertices' mean when the area is zero). */
function ringCentroid(ring: Position[]): [number, number] | undefined {
  if (ring.length === 0) return undefined;
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const f = xj * yi - xi * yj;
    twiceArea += f;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  }
  if (twiceArea === 0) {
    const n = ring.length;
    return [ring.reduce((s, p) => s + (p[0] ?? 0), 0) / n, ring.reduce((s, p) => s + (p[1] ?? 0), 0) / n];
  }
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}
