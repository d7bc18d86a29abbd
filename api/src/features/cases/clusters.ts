/**
 * Server-side clustering for the explore map: the filtered cases' points go into a supercluster
 * index once (per filters and data version, see map-index.ts); a view asks it for the clusters and
 * single cases of one box at one zoom, so the map never downloads every point. Each cluster carries
 * how many of its cases have each primary value per colour dimension, for its donut.
 *
 * A point's properties are one number, to keep a million of them small: its case's rowid and the
 * slot of its primary value in each dimension (6 bits each).
 */
import Supercluster, { type AnyProps, type PointFeature } from "supercluster";

/** The dimensions a map can be coloured by, and the vocabulary of each, in vocabulary order. */
export const colorDimensions = ["phase", "policyDomain", "collaborationType"] as const;
export type ColorDimension = (typeof colorDimensions)[number];
export type Vocabulary = Record<ColorDimension, string[]>;

const bits = 6;
const none = 2 ** bits - 1;
const rowidScale = 2 ** (bits * colorDimensions.length);

/** As MapLibre's own GeoJSON clustering did on the client: 48 px at 512 px tiles, clusters up to zoom 12. */
export const clusterOptions = { radius: 48, extent: 512, maxZoom: 12, minPoints: 2 } as const;

export interface MapPoint {
  rowid: number;
  longitude: number;
  latitude: number;
  /** The primary value per dimension, or null. */
  keys: Record<ColorDimension, string | null>;
}

export function toPointProperties(rowid: number, slots: number[]): number {
  return slots.reduce((packed, slot, i) => packed + Math.min(slot, none) * 2 ** (bits * i), rowid * rowidScale);
}

export function fromPointProperties(packed: number): { rowid: number; slots: number[] } {
  const rowid = Math.floor(packed / rowidScale);
  let rest = packed - rowid * rowidScale;
  const slots = colorDimensions.map(() => {
    const slot = rest % 2 ** bits;
    rest = (rest - slot) / 2 ** bits;
    return slot;
  });
  return { rowid, slots };
}

/** The name of a cluster's count of cases whose primary value of `dimension` is `key` (as the web app reads it). */
export const countProperty = (dimension: ColorDimension, key: string) => `${dimension}:${key}`;

type Counts = Record<string, number>;

export interface MapIndex {
  /** Points indexed: the filtered cases that have coordinates. */
  count: number;
  /** [minLon, minLat, maxLon, maxLat] of those points, or null when there are none. */
  bounds: [number, number, number, number] | null;
  vocabulary: Vocabulary;
  index: Supercluster<AnyProps, Counts>;
}

function slotOf(vocabulary: Vocabulary, dimension: ColorDimension, key: string | null): number {
  const slot = key === null ? -1 : vocabulary[dimension].indexOf(key);
  return slot < 0 || slot >= none ? none : slot;
}

/**
 * Collects points chunk by chunk (a million rows never sit in memory as rows and features at once),
 * then builds the index.
 */
export function createMapIndexBuilder(vocabulary: Vocabulary) {
  const names = colorDimensions.map((d) => vocabulary[d].map((key) => countProperty(d, key)));
  const features: PointFeature<AnyProps>[] = [];
  let bounds: MapIndex["bounds"] = null;
  const add = (p: MapPoint) => {
    const slots = colorDimensions.map((d) => slotOf(vocabulary, d, p.keys[d]));
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [p.longitude, p.latitude] },
      // A number where supercluster expects an object: it only hands it back to map() and getClusters().
      properties: toPointProperties(p.rowid, slots) as unknown as AnyProps,
    });
    bounds = bounds
      ? [
          Math.min(bounds[0], p.longitude),
          Math.min(bounds[1], p.latitude),
          Math.max(bounds[2], p.longitude),
          Math.max(bounds[3], p.latitude),
        ]
      : [p.longitude, p.latitude, p.longitude, p.latitude];
  };
  const finish = (): MapIndex => {
    const index = new Supercluster<AnyProps, Counts>({
      ...clusterOptions,
      // A point's counts: one for its primary value in each dimension.
      map: (packed) => {
        const counts: Counts = {};
        fromPointProperties(packed as unknown as number).slots.forEach((slot, i) => {
          const name = names[i]?.[slot];
          if (name) counts[name] = 1;
        });
        return counts;
      },
      reduce: (total, counts) => {
        for (const name in counts) total[name] = (total[name] ?? 0) + (counts[name] ?? 0);
      },
    });
    index.load(features);
    const count = features.length;
    // supercluster keeps what it needs in typed arrays; the feature objects can go.
    features.length = 0;
    return { count, bounds, vocabulary, index };
  };
  return { add, finish };
}

export function toMapIndex(points: Iterable<MapPoint>, vocabulary: Vocabulary): MapIndex {
  const builder = createMapIndexBuilder(vocabulary);
  for (const p of points) builder.add(p);
  return builder.finish();
}

export interface ClusterProperties extends Counts {
  point_count: number;
  cluster_id: number;
  /** The zoom at which the cluster splits: where a click on it should go. */
  expansion_zoom: number;
}

export type ViewItem =
  | { kind: "cluster"; coordinates: [number, number]; properties: ClusterProperties }
  | { kind: "case"; coordinates: [number, number]; rowid: number; keys: Record<ColorDimension, string | null> };

export interface View {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
}

/** The clusters and single cases of a view. */
export function queryView(map: MapIndex, view: View): ViewItem[] {
  const zoom = Math.max(0, Math.floor(view.zoom));
  return map.index.getClusters([view.west, view.south, view.east, view.north], zoom).map((f) => {
    const coordinates = f.geometry.coordinates as [number, number];
    const p = f.properties as unknown as ClusterProperties | number;
    if (typeof p === "object" && p.cluster_id !== undefined) {
      const {
        cluster: _cluster,
        point_count_abbreviated: _abbreviated,
        ...counts
      } = p as ClusterProperties & {
        cluster?: boolean;
        point_count_abbreviated?: unknown;
      };
      return {
        kind: "cluster",
        coordinates,
        properties: { ...counts, expansion_zoom: map.index.getClusterExpansionZoom(p.cluster_id) },
      };
    }
    const { rowid, slots } = fromPointProperties(p as number);
    const keys = Object.fromEntries(
      colorDimensions.map((d, i) => [d, map.vocabulary[d][slots[i] ?? none] ?? null]),
    ) as Record<ColorDimension, string | null>;
    return { kind: "case", coordinates, rowid, keys };
  });
}
