import { describe, expect, it } from "vitest";
import { toSeries } from "./figure-series.ts";

const f = (metric: string, year: number, value: number, unit: string | null = null, sourceId = "s") => ({
  metric,
  year,
  value,
  unit,
  sourceId,
});

describe("toSeries", () => {
  it("makes one series per measure and unit with two or more years, conflicting values kept", () => {
    const series = toSeries([
      f("members", 2019, 560),
      f("members", 2016, 590, null, "a"),
      f("members", 2016, 450, null, "b"),
      f("businesses", 2017, 40),
      f("volumeInCirculation", 2016, 24000, "LEM"),
      f("volumeInCirculation", 2017, 150000, "CHF"),
    ]);
    expect(series.map((s) => [s.metric, s.points.map((p) => [p.year, p.value])])).toEqual([
      [
        "members",
        [
          [2016, 450],
          [2016, 590],
          [2019, 560],
        ],
      ],
    ]);
  });
});
