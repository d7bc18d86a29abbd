import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.ts";
import { isGeoJson, parseGeoJson, representativePoint } from "./geojson.ts";

const read = (value: unknown) => parseGeoJson(decodeText(new TextEncoder().encode(JSON.stringify(value))));

describe("GeoJSON", () => {
  it("reads features as rows: properties as columns, the point as latitude and longitude", () => {
    const table = read({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [2.17, 41.39] },
          properties: { name: "A", tags: ["x", "y"] },
        },
        { type: "Feature", geometry: null, properties: { name: "B", extra: { nested: 1 } } },
      ],
    });
    expect(table.header).toEqual(["name", "tags", "extra", "latitude", "longitude"]);
    expect(table.rows).toEqual([
      ["A", "x; y", "", "41.39", "2.17"],
      ["B", "", '{"nested":1}', "", ""],
    ]);
    expect(table.notes.size).toBe(0);
  });

  it("places other geometries at a representative point and says so", () => {
    const square = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(representativePoint({ type: "Polygon", coordinates: [square] })).toEqual([1, 1]);
    expect(
      representativePoint({
        type: "LineString",
        coordinates: [
          [0, 0],
          [5, 5],
          [9, 9],
        ],
      }),
    ).toEqual([5, 5]);
    const table = read({
      type: "Feature",
      geometry: { type: "Polygon", coordinates: [square] },
      properties: { latitude: 9 },
    });
    expect(table.header).toEqual(["latitude", "geometry latitude", "geometry longitude"]);
    expect(table.notes.get(0)?.[0]?.code).toBe("geometry_not_point");
  });

  it("tells GeoJSON from CSV and refuses other JSON", () => {
    expect(isGeoJson('{"type": "FeatureCollection", "features": []}')).toBe(true);
    expect(isGeoJson("name,type\n")).toBe(false);
    expect(() => read({ type: "Topology" })).toThrow(/FeatureCollection/);
  });
});
