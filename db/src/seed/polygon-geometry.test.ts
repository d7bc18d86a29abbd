import { describe, expect, it } from "vitest";
import { clipAtLatitude, distanceToEdgeKm, isInside } from "./polygon-geometry.ts";

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const donut = [[square(0, 0, 10), square(4, 4, 2)]];

describe("isInside", () => {
  it("tells the inside of an outer ring from its hole and the outside", () => {
    expect(isInside([1, 1], donut)).toBe(true);
    expect(isInside([5, 5], donut)).toBe(false);
    expect(isInside([11, 5], donut)).toBe(false);
  });

  it("finds a point in any polygon of a multipolygon", () => {
    expect(isInside([21, 21], [...donut, [square(20, 20, 2)]])).toBe(true);
  });
});

describe("distanceToEdgeKm", () => {
  it("measures a degree of latitude as about 111 km", () => {
    expect(distanceToEdgeKm([5, -1], donut)).toBeCloseTo(110.6, 1);
  });

  it("shrinks a degree of longitude with the cosine of the latitude", () => {
    expect(distanceToEdgeKm([-1, 60], [[square(0, 55, 10)]])).toBeCloseTo(55.66, 1);
  });

  it("measures from inside to the nearest edge, holes included", () => {
    expect(distanceToEdgeKm([5, 3.5], donut)).toBeCloseTo(0.5 * 110.574, 1);
  });
});

describe("clipAtLatitude", () => {
  it("keeps the part of a concave outline and its hole on one side of a parallel", () => {
    const u = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [7, 10],
        [7, 3],
        [3, 3],
        [3, 10],
        [0, 10],
        [0, 0],
      ],
      square(8, 1, 1),
    ];
    const north = clipAtLatitude([u], 5, "north");
    const south = clipAtLatitude([u], 5, "south");
    expect([isInside([1, 8], north), isInside([5, 8], north), isInside([1, 2], north)]).toEqual([true, false, false]);
    expect([isInside([1, 2], south), isInside([8.5, 1.5], south), isInside([5, 4], south)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(clipAtLatitude([u], 20, "north")).toEqual([]);
  });
});
