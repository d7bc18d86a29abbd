import { describe, expect, it } from "vitest";
import { needsLightText, peakYear, rowTotal, toMatrix, topCell, toShade, toYearSeries } from "./matrix.ts";

const cells = [
  { row: "co-delivery", column: "care", count: 5 },
  { row: "co-design", column: "care", count: 2 },
  { row: "co-design", column: "housing", count: 5 },
  { row: "co-delivery", column: "unlisted", count: 1 },
];

describe("toMatrix", () => {
  const m = toMatrix(cells, ["co-commissioning", "co-design", "co-delivery"], ["housing", "care", "energy"]);
  it("orders rows and columns as the vocabulary does, unknown keys last, empty ones dropped", () => {
    expect(m.rows).toEqual(["co-design", "co-delivery"]);
    expect(m.columns).toEqual(["housing", "care", "unlisted"]);
    expect(m.emptyRows).toEqual(["co-commissioning"]);
    expect(m.emptyColumns).toEqual(["energy"]);
  });
  it("looks counts up by pair, zero where there is none", () => {
    expect(m.count("co-design", "care")).toBe(2);
    expect(m.count("co-design", "unlisted")).toBe(0);
    expect(m.max).toBe(5);
    expect(rowTotal(m, "co-delivery")).toBe(6);
  });
  it("finds the largest cell, the first in order among equals", () => {
    expect(topCell(m)).toEqual({ row: "co-design", column: "housing", count: 5 });
    expect(topCell(toMatrix([], [], []))).toBeNull();
  });
});

describe("shades", () => {
  it("runs from the wash to the accent, transparent for none", () => {
    const shade = toShade(10);
    expect(shade(0)).toBe("transparent");
    expect(shade(10)).toBe("rgb(31, 111, 139)");
    expect(needsLightText(6, 10)).toBe(true);
    expect(needsLightText(5, 10)).toBe(false);
  });
});

describe("year series", () => {
  it("fills the gaps between the first and last start with zeros", () => {
    expect(
      toYearSeries([
        { year: 2012, count: 2 },
        { year: 2010, count: 1 },
      ]),
    ).toEqual([
      { year: 2010, count: 1 },
      { year: 2011, count: 0 },
      { year: 2012, count: 2 },
    ]);
    expect(toYearSeries([])).toEqual([]);
  });
  it("names the peak year, the earliest among equals", () => {
    expect(
      peakYear([
        { year: 2010, count: 3 },
        { year: 2011, count: 3 },
      ]),
    ).toEqual({ year: 2010, count: 3 });
  });
});
