import { describe, expect, it } from "vitest";
import { readCountryBoundaries, toCountryBoundaries } from "./country-boundaries.ts";
import { medtownCountries } from "./data-quality.ts";
import { isInside } from "./polygon-geometry.ts";

describe("toCountryBoundaries", () => {
  it("keys polygons by alpha-2, joins Northern Cyprus to CY and leaves out other uncoded features", () => {
    const topology = {
      type: "Topology" as const,
      arcs: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
      objects: {
        countries: {
          type: "GeometryCollection" as const,
          geometries: [
            { type: "Polygon" as const, id: "724", arcs: [[0]], properties: { name: "Spain" } },
            { type: "Polygon" as const, id: "196", arcs: [[0]], properties: { name: "Cyprus" } },
            { type: "Polygon" as const, arcs: [[0]], properties: { name: "N. Cyprus" } },
            { type: "Polygon" as const, arcs: [[0]], properties: { name: "Somaliland" } },
          ],
        },
      },
    };
    const boundaries = toCountryBoundaries(topology);
    expect([...boundaries.keys()]).toEqual(["ES", "CY"]);
    expect(boundaries.get("CY")).toHaveLength(2);
  });
});

describe("readCountryBoundaries (world-atlas, Natural Earth 1:50m)", async () => {
  const boundaries = await readCountryBoundaries();
  const countryOf = (lat: number, lon: number) =>
    [...boundaries].filter(([, polygons]) => isInside([lon, lat], polygons)).map(([code]) => code);

  it("has an outline for every MedTOWN country, Palestine included", () => {
    expect(medtownCountries.filter((c) => !boundaries.has(c))).toEqual([]);
  });

  it("places capitals in their country", () => {
    expect(countryOf(40.4168, -3.7038)).toEqual(["ES"]);
    expect(countryOf(31.9, 35.2)).toEqual(["PS"]);
    expect(countryOf(36.8, 10.18)).toEqual(["TN"]);
  });

  it("counts the north of Cyprus as CY and Western Sahara as EH, not MA", () => {
    expect(countryOf(35.34, 33.32)).toEqual(["CY"]);
    expect(countryOf(34.01, -6.83)).toEqual(["MA"]);
    expect(countryOf(27.15, -13.2)).toEqual(["EH"]);
    expect(countryOf(26.74, -11.67)).toEqual(["EH"]);
  });
});
