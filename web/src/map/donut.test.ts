import { describe, expect, it } from "vitest";
import { ringSector, toArcs } from "./donut.ts";

describe("donut", () => {
  it("starts a sector at twelve o'clock and closes it", () => {
    const path = ringSector(0, 0.25, 10, 5);
    expect(path.startsWith("M 10.00 0.00 A 10 10 0 0 1 20.00 10.00")).toBe(true);
    expect(path.endsWith("Z")).toBe(true);
  });

  it("draws a whole ring for a single slice, as two circles", () => {
    const [arc] = toArcs([{ count: 5, color: "a" }], 10, 5);
    expect(arc?.path).toBe(
      "M 10.00 0.00 A 10 10 0 1 1 10.00 20.00 A 10 10 0 1 1 10.00 0.00 Z M 10.00 5.00 A 5 5 0 1 1 10.00 15.00 A 5 5 0 1 1 10.00 5.00 Z",
    );
  });

  it("splits the ring in proportion to the counts", () => {
    const arcs = toArcs(
      [
        { count: 3, color: "a" },
        { count: 1, color: "b" },
      ],
      10,
      5,
    );
    expect(arcs.map((a) => a.color)).toEqual(["a", "b"]);
    expect(arcs[0]?.path).toContain("A 10 10 0 1 1");
    expect(arcs[1]?.path).toContain("A 10 10 0 0 1");
  });
});
