import { describe, expect, it } from "vitest";
import { parseMapView, sameView, toMapViewParam } from "./view.ts";

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
