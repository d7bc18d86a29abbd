/**
 * The map's cluster index built in a worker thread and answered from on the request thread:
 * supercluster's load holds its thread for seconds at a million points. A worker builds the index
 * from the points as columns and sends it back as typed arrays (copied in one go, no object per point
 * or cluster), which become an index again here.
 *
 * Moving it reads and writes supercluster's own fields (its version is pinned in api/package.json);
 * map-index-transfer.test.ts checks that a moved index answers exactly as the one it came from.
 */
import KDBush from "kdbush";
import {
  buildMapIndex,
  type Counts,
  type Keys,
  type MapIndex,
  newSupercluster,
  type PointColumns,
  sharedCounts,
  type Vocabulary,
} from "./clusters.ts";

export interface MapIndexTask {
  vocabulary: Vocabulary;
  points: PointColumns;
}

/** What supercluster keeps once loaded, as the fields it reads when answering. */
interface Loaded {
  trees: (KDBush & { data: Int32Array })[];
  numPoints: number;
  props: Counts[];
  coords: Float64Array;
  ids: ArrayLike<number> | null;
  clusterProps: Counts[];
}

export interface MovedMapIndex {
  count: number;
  bounds: MapIndex["bounds"];
  slotNames: string[];
  numPoints: number;
  /** Each point's counts, as an index into `combos`. */
  pointCombo: Uint16Array;
  combos: Keys[];
  ids: Float64Array;
  coords: Float64Array;
  /** The distinct trees (a zoom where nothing merges shares the next one's) and the one of each zoom. */
  trees: { index: ArrayBuffer; data: Int32Array }[];
  treeOfZoom: number[];
  /** Each cluster's count per slot, `slotNames.length` numbers per cluster. */
  clusterCounts: Uint32Array;
}

/** The worker's part: the index of these points, ready to be sent back. */
export function buildMovedMapIndex({ vocabulary, points }: MapIndexTask): MovedMapIndex {
  return toMoved(buildMapIndex(vocabulary, points));
}

export function toMoved(map: MapIndex): MovedMapIndex {
  const loaded = map.index as unknown as Loaded;
  const combos = [...map.keysOf.values()];
  const comboOf = new Map([...map.keysOf.keys()].map((counts, i) => [counts, i]));
  const pointCombo = Uint16Array.from(loaded.props, (counts) => comboOf.get(counts) ?? 0);
  const distinct = new Map<Loaded["trees"][number], number>();
  const treeOfZoom = loaded.trees.map((tree) => {
    if (!distinct.has(tree)) distinct.set(tree, distinct.size);
    return distinct.get(tree) as number;
  });
  // supercluster keeps its own array in `data`; the KD-tree's buffer is behind its ids.
  const trees = [...distinct.keys()].map((tree) => ({ index: tree.ids.buffer as ArrayBuffer, data: tree.data }));
  const slots = map.slotNames.length;
  const clusterCounts = new Uint32Array(loaded.clusterProps.length * slots);
  loaded.clusterProps.forEach((counts, i) => {
    for (let slot = 0; slot < slots; slot++) clusterCounts[i * slots + slot] = counts[slot] ?? 0;
  });
  return {
    count: map.count,
    bounds: map.bounds,
    slotNames: map.slotNames,
    numPoints: loaded.numPoints,
    pointCombo,
    combos,
    ids: Float64Array.from(loaded.ids ?? []),
    coords: loaded.coords,
    trees,
    treeOfZoom,
    clusterCounts,
  };
}

export function fromMoved(moved: MovedMapIndex): MapIndex {
  const slots = moved.slotNames.length;
  const { countsOf, keysOf } = sharedCounts(moved.slotNames);
  const countsOfCombo = moved.combos.map(countsOf);
  const trees = moved.trees.map(({ index, data }) => Object.assign(KDBush.from(index), { data }));
  const index = newSupercluster(slots);
  Object.assign(index as unknown as Loaded, {
    trees: moved.treeOfZoom.map((i) => trees[i] as Loaded["trees"][number]),
    numPoints: moved.numPoints,
    props: Array.from(moved.pointCombo, (combo) => countsOfCombo[combo] as Counts),
    coords: moved.coords,
    ids: moved.ids,
    // Read a cluster at a time, when a view shows it: a million points make ~190,000 clusters.
    clusterProps: lazyCounts(moved.clusterCounts, slots),
  } satisfies Loaded);
  return { count: moved.count, bounds: moved.bounds, index, slotNames: moved.slotNames, keysOf };
}

function lazyCounts(flat: Uint32Array, slots: number): Counts[] {
  const read = (cluster: number): Counts => {
    const counts: Counts = {};
    for (let slot = 0; slot < slots; slot++) {
      const n = flat[cluster * slots + slot];
      if (n) counts[slot] = n;
    }
    return counts;
  };
  return new Proxy([] as Counts[], {
    get: (target, key, receiver) => {
      const cluster = typeof key === "string" ? Number(key) : Number.NaN;
      return Number.isInteger(cluster) && cluster >= 0 ? read(cluster) : Reflect.get(target, key, receiver);
    },
  });
}
