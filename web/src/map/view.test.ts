import { describe, expect, it } from "vitest";
import { parseMapView, sameView, toClusterView, toMapViewParam } from "./view.ts";

describe("map view in the URL", () => {
  it("round-trips", () => {
    const view = parseMapView("5.25/41.3888/2.1590");
    expect(view).toEqual({ zoom: 5.25, latitude: 41.3888, longitude: 2.159 });
    expect(toMapViewParam(view as NonNullable<typeof view>)).toBe("5.25/41.3888/2.1590");
  });

  it("ignores malformed or out-of-range values", () => {
    for (const bad of [null, "", "5/41", "a/b/c", "30/0/0", "3/95/0", "3/0/200"])
      expect(parseMapView(bad)).toBeUndefined();
  });

  it("treats views equal after URL rounding", () => {
    expect(sameView({ zoom: 4.001, latitude: 38.00001, longitude: 1 }, { zoom: 4, latitude: 38, longitude: 1 })).toBe(
      true,
    );
  });
});

describe("the view asked of the clusters endpoint", () => {
  it("snaps to a grid at a whole zoom, so small moves ask for the same view", () => {
    const a = toClusterView({ west: -1.2, south: 36.1, east: 20.3, north: 45.7 }, 4.6);
    const b = toClusterView({ west: -1.0, south: 36.3, east: 20.5, north: 45.9 }, 4.2);
    expect(a).toEqual(b);
    expect(a.zoom).toBe(4);
    const [west, south, east, north] = a.view.split(",").map(Number) as [number, number, number, number];
    expect(west).toBeLessThanOrEqual(-1.2 - 10.75);
    expect(east).toBeGreaterThanOrEqual(20.5 + 10.75);
    expect(south).toBeLessThanOrEqual(36.1 - 4.8);
    expect(north).toBeGreaterThanOrEqual(45.9 + 4.8);
  });

  it("covers the world when zoomed out, and wraps a view across the antimeridian", () => {
    expect(toClusterView({ west: -300, south: -80, east: 300, north: 80 }, 0.5).view).toBe("-180,-85,180,85");
    const [west, , east] = toClusterView({ west: 170, south: 0, east: 190, north: 10 }, 6).view.split(",").map(Number);
    expect(west).toBeGreaterThan(east as number);
  });
});
