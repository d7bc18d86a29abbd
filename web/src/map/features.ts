/**
 * What the explore map draws, as the API's clusters endpoint sends it: clusters carrying, per colour
 * dimension and value, how many of their cases have that value first (`dimension:key`), and single
 * cases with their first value per dimension as flat properties (GeoJSON sources cannot match inside
 * arrays).
 */
import type { FeatureCollection, Point } from "geojson";
import type { ColorDimension } from "./colors.ts";

export interface CurrencyPointProperties {
  id: string;
  name: string;
}

/** The name of the cluster property counting the cases whose primary value is `key`. */
export const clusterCountProperty = (dimension: ColorDimension, key: string) => `${dimension}:${key}`;

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
