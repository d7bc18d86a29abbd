/**
 * Prepares API GeoJSON for MapLibre: GeoJSON sources cannot match inside array properties, so each
 * case gets its primary value per colour dimension (the first in vocabulary order) as a flat property,
 * and clusters sum those values so a cluster can show its mix.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import { type ColorDimension, colorDimensions } from "./colors.ts";

export interface CurrencyPointProperties {
  id: string;
  name: string;
}

export interface MapCaseProperties {
  id: string;
  title: string;
  phaseKey: string;
  policyDomainKey: string;
  collaborationTypeKey: string;
}

type ApiCaseFeature = {
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { id: string; title: string } & Record<ColorDimension, string[]>;
};

/** Vocabulary order per dimension: key → position. */
export type Orders = Record<ColorDimension, Map<string, number>>;

/** The case's first value in vocabulary order, among the values being filtered for if any of them apply. */
export function primaryKey(keys: string[], order: Map<string, number>, preferred: string[] = []): string {
  const rank = (k: string) => order.get(k) ?? Number.MAX_SAFE_INTEGER;
  const chosen = keys.filter((k) => preferred.includes(k));
  return [...(chosen.length ? chosen : keys)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0] ?? "";
}

export function toMapCases(
  features: ApiCaseFeature[],
  orders: Orders,
  preferred: Partial<Record<ColorDimension, string[]>> = {},
): FeatureCollection<Point, MapCaseProperties> {
  return {
    type: "FeatureCollection",
    features: features.map(
      (f): Feature<Point, MapCaseProperties> => ({
        type: "Feature",
        id: f.id,
        geometry: { type: "Point", coordinates: f.geometry.coordinates },
        properties: {
          id: f.properties.id,
          title: f.properties.title,
          phaseKey: primaryKey(f.properties.phase, orders.phase, preferred.phase),
          policyDomainKey: primaryKey(f.properties.policyDomain, orders.policyDomain, preferred.policyDomain),
          collaborationTypeKey: primaryKey(
            f.properties.collaborationType,
            orders.collaborationType,
            preferred.collaborationType,
          ),
        },
      }),
    ),
  };
}

/** The name of the cluster property counting the cases whose primary value is `key`. */
export const clusterCountProperty = (dimension: ColorDimension, key: string) => `${dimension}:${key}`;

/** MapLibre clusterProperties: for every dimension and value, how many cases of the cluster have it. */
export function toClusterProperties(keys: Record<ColorDimension, string[]>) {
  const out: Record<string, [string, unknown]> = {};
  for (const dimension of colorDimensions) {
    for (const key of keys[dimension]) {
      out[clusterCountProperty(dimension, key)] = ["+", ["case", ["==", ["get", `${dimension}Key`], key], 1, 0]];
    }
  }
  return out;
}

/** The slices of a cluster's donut: each value's count, largest first, with the rest as "other". */
export function toDonutSlices(
  properties: Record<string, unknown>,
  dimension: ColorDimension,
  keys: string[],
  total: number,
) {
  const slices = keys
    .map((key) => ({ key, count: Number(properties[clusterCountProperty(dimension, key)] ?? 0) }))
    .filter((s) => s.count > 0);
  const counted = slices.reduce((n, s) => n + s.count, 0);
  if (total > counted) slices.push({ key: "", count: total - counted });
  return slices;
}

/** Currency initiatives with coordinates as GeoJSON points. */
export function toCurrencyPoints(
  items: { id: string; name: string; latitude: number | null; longitude: number | null }[],
): FeatureCollection<Point, CurrencyPointProperties> {
  return {
    type: "FeatureCollection",
    features: items.flatMap((c) =>
      c.latitude === null || c.longitude === null
        ? []
        : [
            {
              type: "Feature" as const,
              geometry: { type: "Point" as const, coordinates: [c.longitude, c.latitude] },
              properties: { id: c.id, name: c.name },
            },
          ],
    ),
  };
}
