import { describe, expect, it } from "vitest";
import { toOpeningView } from "./opening-view.ts";
import { toClusterView } from "./view.ts";

// Expected values read from MapLibre itself (map.getBounds(), map.getZoom()) on the explore page.
function close(actual: number[], expected: number[]) {
  for (const [i, value] of actual.entries()) expect(value).toBeCloseTo(expected[i] as number, 3);
}
const corners = (v: ReturnType<typeof toOpeningView>) => [v.bounds.west, v.bounds.south, v.bounds.east, v.bounds.north];

describe("the view a map opens on, without MapLibre", () => {
  it("fits the Mediterranean to a wide map as MapLibre does", () => {
    const view = toOpeningView(894, 478);
    expect(view.zoom).toBeCloseTo(3.5955444, 5);
    close(corners(view), [-10, 26.8330156, 42, 48.542907]);
  });

  it("fits it to a narrow phone map, the height left over", () => {
    const view = toOpeningView(348, 504);
    expect(view.zoom).toBeCloseTo(2.2343569, 5);
    close(corners(view), [-10, 4.1142053, 42, 61.9271715]);
  });

  it("centres on a view from the URL", () => {
    const view = toOpeningView(894, 478, { zoom: 6.5, latitude: 41.3888, longitude: 2.159 });
    expect(view.zoom).toBe(6.5);
    close(corners(view), [-1.3135227, 39.9809606, 5.6315227, 42.7668015]);
  });

  it("asks for the clusters the map then asks for", () => {
    const view = toOpeningView(894, 478);
    expect(toClusterView(view.bounds, view.zoom)).toEqual({ zoom: 3, view: "-45,0,90,67.5" });
  });
});
