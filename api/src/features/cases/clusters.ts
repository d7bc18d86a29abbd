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
export type Counts = Record<number, number>;
export type Keys = Record<ColorDimension, string | null>;

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

/** One string per combination of primary values. */
export const comboKey = (keys: Keys) => colorDimensions.map((d) => keys[d]).join("\u0000");

/** The count property of each slot, e.g. "phase:co-design", in vocabulary order. */
export const toSlotNames = (vocabulary: Vocabulary) =>
  colorDimensions.flatMap((d) => vocabulary[d].map((key) => countProperty(d, key)));

/** The counts object of one combination of primary values, made once per combination. */
export function sharedCounts(slotNames: string[]) {
  const slotOf = new Map(slotNames.map((name, slot) => [name, slot]));
  const byKeys = new Map<string, Counts>();
  const keysOf = new Map<Counts, Keys>();
  const countsOf = (keys: Keys): Counts => {
    const id = comboKey(keys);
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
  return { countsOf, keysOf };
}

/** An empty index: each cluster adds up its members' counts slot by slot. */
export function newSupercluster(slots: number): Supercluster<Counts, Counts> {
  return new Supercluster<Counts, Counts>({
    ...clusterOptions,
    map: (counts) => counts,
    reduce: (total, counts) => {
      for (let slot = 0; slot < slots; slot++) {
        const n = counts[slot];
        if (n) total[slot] = (total[slot] ?? 0) + n;
      }
    },
  });
}

/** The filtered cases' points, one array per column; `combo` indexes `combos`, their primary values. */
export interface PointColumns {
  rowid: Float64Array;
  longitude: Float64Array;
  latitude: Float64Array;
  combo: Uint16Array;
  combos: Keys[];
}

/** The index of these points: a few seconds of one thread's time at a million points. */
export function buildMapIndex(vocabulary: Vocabulary, points: PointColumns): MapIndex {
  const slotNames = toSlotNames(vocabulary);
  const { countsOf, keysOf } = sharedCounts(slotNames);
  const count = points.rowid.length;
  const index = newSupercluster(slotNames.length);
  index.load(asFeatures(points, points.combos.map(countsOf)));
  return { count, bounds: boundsOf(points), index, slotNames, keysOf };
}

/**
 * The points as supercluster's load reads them (twice in order: to count them, then to copy each
 * into its own arrays): one feature object filled again for each point, not a million of them.
 */
function asFeatures(points: PointColumns, countsOfCombo: Counts[]): PointFeature<Counts>[] {
  const coordinates = [0, 0];
  const feature = { type: "Feature", id: 0, geometry: { type: "Point", coordinates }, properties: {} as Counts };
  const features = {
    length: points.rowid.length,
    *[Symbol.iterator]() {
      for (let i = 0; i < points.rowid.length; i++) {
        feature.id = points.rowid[i] as number;
        coordinates[0] = points.longitude[i] as number;
        coordinates[1] = points.latitude[i] as number;
        feature.properties = countsOfCombo[points.combo[i] as number] as Counts;
        yield feature;
      }
    },
  };
  return features as unknown as PointFeature<Counts>[];
}

function boundsOf({ longitude, latitude }: PointColumns): MapIndex["bounds"] {
  if (longitude.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < longitude.length; i++) {
    west = Math.min(west, longitude[i] as number);
    east = Math.max(east, longitude[i] as number);
    south = Math.min(south, latitude[i] as number);
    north = Math.max(north, latitude[i] as number);
  }
  return [west, south, east, north];
}

/** The same from points as objects (tests, small sets). */
export function toMapIndex(points: MapPoint[], vocabulary: Vocabulary): MapIndex {
  const combos: Keys[] = [];
  const columns: PointColumns = {
    rowid: Float64Array.from(points, (p) => p.rowid),
    longitude: Float64Array.from(points, (p) => p.longitude),
    latitude: Float64Array.from(points, (p) => p.latitude),
    combo: Uint16Array.from(points, (p) => combos.push(p.keys) - 1),
    combos,
  };
  return buildMapIndex(vocabulary, columns);
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
