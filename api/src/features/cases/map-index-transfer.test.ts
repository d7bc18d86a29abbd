import { describe, expect, it } from "vitest";
import { type MapPoint, newSupercluster, queryView, sharedCounts, toMapIndex } from "./clusters.ts";
import { fromMoved, toMoved } from "./map-index-transfer.ts";

const vocabulary = {
  phase: ["co-design", "co-delivery", "co-assessment"],
  policyDomain: ["care", "housing", "food"],
  collaborationType: ["public-social-partnership", "community-asset-transfer"],
};

/** Points in dense towns and scattered between them, so every zoom has clusters and single cases. */
function points(count: number): MapPoint[] {
  let seed = 11;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)] as T;
  const towns = [
    [2.17, 41.38],
    [10.18, 36.8],
    [35.93, 31.95],
    [23.73, 37.98],
  ];
  return Array.from({ length: count }, (_, i) => {
    const [lon, lat] = i % 10 === 0 ? [random() * 40 - 5, random() * 15 + 30] : (pick(towns) as number[]);
    const spread = i % 10 === 0 ? 0 : 0.3;
    return {
      rowid: 3 * i + 5,
      longitude: (lon as number) + (random() - 0.5) * spread,
      latitude: (lat as number) + (random() - 0.5) * spread,
      keys: {
        phase: pick([...vocabulary.phase, null]),
        policyDomain: pick([...vocabulary.policyDomain, "not-in-vocabulary"]),
        collaborationType: pick([...vocabulary.collaborationType, null]),
      },
    };
  });
}

const views = [
  { west: -180, south: -85, east: 180, north: 85, zoom: 0 },
  { west: -20, south: 20, east: 50, north: 50, zoom: 3 },
  { west: -2, south: 39, east: 6, north: 44, zoom: 7 },
  { west: 1.9, south: 41.2, east: 2.4, north: 41.6, zoom: 11 },
  { west: 2.1, south: 41.3, east: 2.25, north: 41.45, zoom: 13 },
  { west: 160, south: -10, east: -160, north: 10, zoom: 4 },
];

describe("a cluster index moved between threads", () => {
  it("answers every view exactly as the index it was moved from", () => {
    const input = points(5000);
    const built = toMapIndex(input, vocabulary);
    // Through structuredClone, as a worker's answer travels.
    const moved = fromMoved(structuredClone(toMoved(built)));
    expect([moved.count, moved.bounds]).toEqual([built.count, built.bounds]);
    for (const view of views) {
      const expected = queryView(built, view);
      expect(queryView(moved, view)).toEqual(expected);
      if (view.zoom === 0) expect(expected.some((item) => item.kind === "cluster")).toBe(true);
      if (view.zoom === 13) expect(expected.some((item) => item.kind === "case")).toBe(true);
    }
  });

  it("reads the points as supercluster reads an array of features", () => {
    const input = points(800);
    const fromColumns = toMapIndex(input, vocabulary);
    const { countsOf } = sharedCounts(fromColumns.slotNames);
    const index = newSupercluster(fromColumns.slotNames.length);
    index.load(
      input.map((p) => ({
        type: "Feature" as const,
        id: p.rowid,
        geometry: { type: "Point" as const, coordinates: [p.longitude, p.latitude] },
        properties: countsOf(p.keys),
      })),
    );
    for (const view of views) {
      const bbox: [number, number, number, number] = [view.west, view.south, view.east, view.north];
      expect(fromColumns.index.getClusters(bbox, view.zoom)).toEqual(index.getClusters(bbox, view.zoom));
    }
  });
});
