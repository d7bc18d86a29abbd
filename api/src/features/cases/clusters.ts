/**
 * Server-side clustering for the explore map: the filtered cases' points go into a supercluster
 * index once (per filters and data version, see map-index.ts); a view asks it for the clusters and
 * single cases of one box at one zoom, so the map never downloads every point. Each cluster carries
 * how many of its cases have each primary value per colour dimension, for its donut.
 *
 * A point's feature id is its case's rowid and its properties are one counts object shared by every
 * point with the same primary values (a few hundred objects for a million points): supercluster
 * hands a point's properties to reduce, which only reads them, and copies them before it writes.
 */
import Supercluster, { type PointFeature } from "supercluster";

/** The dimensions a map can be coloured by, and the vocabulary of each, in vocabulary order. */
export const colorDimensions = ["phase", "policyDomain", "collaborationType"] as const;
export type ColorDimension = (typeof colorDimensions)[number];
export type Vocabulary = Record<ColorDimension, string[]>;

/** As MapLibre's own GeoJSON clustering did on the client: 48 px at 512 px tiles, clusters up to zoom 12. */
export const clusterOptions = { radius: 48, extent: 512, maxZoom: 12, minPoints: 2 } as const;

export interface MapPoint {
  rowid: number;
  longitude: number;
  latitude: number;
  /** The primary value per dimension, or null. */
  keys: Record<ColorDimension, string | null>;
}

/** The name of a cluster's count of cases whose primary value of `dimension` is `key` (as the web app reads it). */
export const countProperty = (dimension: ColorDimension, key: string) => `${dimension}:${key}`;

/**
 * A count per (dimension, value) slot, by slot number (see `slotNames`), only the slots counted:
 * a point's has three at most, and supercluster copies it before adding to it.
 */
type Counts = Record<number, number>;
type Keys = Record<ColorDimension, string | null>;

export interface MapIndex {
  /** Points indexed: the filtered cases that have coordinates. */
  count: number;
  /** [minLon, minLat, maxLon, maxLat] of those points, or null when there are none. */
  bounds: [number, number, number, number] | null;
  index: Supercluster<Counts, Counts>;
  /** The count property of each slot, e.g. "phase:co-design". */
  slotNames: string[];
  /** The primary values behind each shared counts object. */
  keysOf: Map<Counts, Keys>;
}

/** The counts object of one combination of primary values, made once per combination. */
function sharedCounts(vocabulary: Vocabulary) {
  const slotNames = colorDimensions.flatMap((d) => vocabulary[d].map((key) => countProperty(d, key)));
  const slotOf = new Map(slotNames.map((name, slot) => [name, slot]));
  const byKeys = new Map<string, Counts>();
  const keysOf = new Map<Counts, Keys>();
  const countsOf = (keys: Keys): Counts => {
    const id = `${keys.phase}\u0000${keys.policyDomain}\u0000${keys.collaborationType}`;
    let counts = byKeys.get(id);
    if (!counts) {
      const slots = colorDimensions.map((d) => {
        const key = keys[d];
        return key === null ? undefined : slotOf.get(countProperty(d, key));
      });
      counts = {};
      for (const slot of slots) if (slot !== undefined) counts[slot] = 1;
      // A value outside the vocabulary is drawn as "none" and counted nowhere.
      const drawn = Object.fromEntries(colorDimensions.map((d, i) => [d, slots[i] === undefined ? null : keys[d]]));
      byKeys.set(id, counts);
      keysOf.set(counts, drawn as Keys);
    }
    return counts;
  };
  return { countsOf, keysOf, slotNames };
}

/**
 * Collects points chunk by chunk (a million rows never sit in memory as rows and features at once),
 * then builds the index.
 */
export function createMapIndexBuilder(vocabulary: Vocabulary) {
  const { countsOf, keysOf, slotNames } = sharedCounts(vocabulary);
  const slots = slotNames.length;
  const features: PointFeature<Counts>[] = [];
  let bounds: MapIndex["bounds"] = null;
  const add = (p: MapPoint) => {
    features.push({
      type: "Feature",
      id: p.rowid,
      geometry: { type: "Point", coordinates: [p.longitude, p.latitude] },
      properties: countsOf(p.keys),
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
    const index = new Supercluster<Counts, Counts>({
      ...clusterOptions,
      map: (counts) => counts,
      reduce: (total, counts) => {
        for (let slot = 0; slot < slots; slot++) {
          const n = counts[slot];
          if (n) total[slot] = (total[slot] ?? 0) + n;
        }
      },
    });
    index.load(features);
    const count = features.length;
    // supercluster keeps what it needs in typed arrays; the feature objects can go.
    features.length = 0;
    return { count, bounds, index, slotNames, keysOf };
  };
  return { add, finish };
}

export function toMapIndex(points: Iterable<MapPoint>, vocabulary: Vocabulary): MapIndex {
  const builder = createMapIndexBuilder(vocabulary);
  for (const p of points) builder.add(p);
  return builder.finish();
}

export interface ClusterProperties extends Record<string, number> {
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
    const p = f.properties as Counts & { cluster_id?: number; point_count?: number };
    if (typeof p.cluster_id === "number") {
      const properties = { point_count: Number(p.point_count), cluster_id: p.cluster_id } as ClusterProperties;
      map.slotNames.forEach((name, slot) => {
        if (p[slot]) properties[name] = p[slot];
      });
      properties.expansion_zoom = map.index.getClusterExpansionZoom(p.cluster_id);
      return { kind: "cluster", coordinates, properties };
    }
    const keys = map.keysOf.get(p) ?? { phase: null, policyDomain: null, collaborationType: null };
    return { kind: "case", coordinates, rowid: Number(f.id), keys };
  });
}
