import { describe, expect, it } from "vitest";
import { toCurrencyPoints, toDonutSlices } from "./features.ts";

describe("map features", () => {
  it("splits a cluster into donut slices, the cases of no listed value as the rest", () => {
    expect(
      toDonutSlices(
        { "phase:co-design": 3, "phase:co-delivery": 1 },
        "phase",
        ["co-design", "co-delivery", "co-assessment"],
        6,
      ),
    ).toEqual([
      { key: "co-design", count: 3 },
      { key: "co-delivery", count: 1 },
      { key: "", count: 2 },
    ]);
  });

  it("leaves currencies without coordinates off the map", () => {
    const points = toCurrencyPoints([
      { id: "a", name: "A", latitude: 41, longitude: 2 },
      { id: "b", name: "B", latitude: null, longitude: null },
    ]);
    expect(points.features.map((f) => f.geometry.coordinates)).toEqual([[2, 41]]);
  });
});
