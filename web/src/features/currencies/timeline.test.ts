import { describe, expect, it } from "vitest";
import { toTimeline } from "./timeline.ts";

const item = (
  id: string,
  country: string,
  launchYear: number | null,
  endYear: number | null,
  status: string | null,
  model = "lets",
) => ({
  id,
  name: id.toUpperCase(),
  country,
  model,
  launchYear,
  endYear,
  status,
});

describe("toTimeline", () => {
  it("draws running initiatives to now, ended ones to their end, and counts the unplaceable apart", () => {
    const t = toTimeline(
      [
        item("a", "ES", 2012, null, "active"),
        item("b", "ES", 2009, 2014, "ended"),
        item("c", "IT", 2018, null, "ended"),
        item("d", "IT", null, null, null),
      ],
      "country",
      2026,
    );
    expect(t.unplaced).toBe(1);
    expect(t.domain).toEqual([2009, 2026]);
    expect(t.groups.map((g) => [g.key, g.bars.map((b) => [b.id, b.start, b.end, b.open, b.endUnknown])])).toEqual([
      [
        "ES",
        [
          ["b", 2009, 2014, false, false],
          ["a", 2012, 2026, true, false],
        ],
      ],
      ["IT", [["c", 2018, 2018, false, true]]],
    ]);
  });

  it("groups by model, largest group first", () => {
    const t = toTimeline(
      [
        item("a", "ES", 2010, null, null, "lets"),
        item("b", "FR", 2011, null, null, "time-bank"),
        item("c", "GR", 2012, null, null, "time-bank"),
      ],
      "model",
      2026,
    );
    expect(t.groups.map((g) => g.key)).toEqual(["time-bank", "lets"]);
  });
});
