import { describe, expect, it } from "vitest";
import { endAngle, fitTransform, minNodeRadius, screenRadius, toEdgeGeometry, toEdgePath } from "./geometry.ts";

describe("edge geometry", () => {
  it("runs a single tie straight from border to border, leaving room for the arrowhead", () => {
    const g = toEdgeGeometry(
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { lane: 0, sourceRadius: 10, targetRadius: 10, endGap: 6 },
    );
    expect(g.start).toEqual({ x: 10, y: 0 });
    expect(g.end).toEqual({ x: 84, y: 0 });
    expect(toEdgePath(g, false)).toBe("M10,0L84,0");
    expect(endAngle(g)).toBe(0);
  });

  it("bows parallel ties to opposite sides", () => {
    const a = toEdgeGeometry(
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { lane: -0.5, sourceRadius: 0, targetRadius: 0, endGap: 0 },
    );
    const b = toEdgeGeometry(
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { lane: 0.5, sourceRadius: 0, targetRadius: 0, endGap: 0 },
    );
    expect(a.control.y).toBe(-16);
    expect(b.control.y).toBe(16);
    expect(toEdgePath(b, true)).toBe("M0,0Q50,16 100,0");
  });
});

describe("fitTransform", () => {
  it("centres the points and scales them to fit inside the margins", () => {
    const t = fitTransform([-100, 100], [-50, 50], 440, 140, 20);
    expect(t.k).toBe(1);
    expect([t.x, t.y]).toEqual([220, 70]);
  });

  it("does not enlarge a small graph", () => {
    expect(fitTransform([0, 10], [0, 0], 800, 600, 20).k).toBe(1);
  });
});

describe("a node's radius on screen", () => {
  it("follows the zoom, but never falls under the smallest size one can see and tap", () => {
    expect(screenRadius(10, 2)).toBe(20);
    expect(screenRadius(4, 0.25)).toBe(minNodeRadius);
    expect(screenRadius(4, 1)).toBe(4);
  });
});
