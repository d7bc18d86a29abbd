import { describe, expect, it } from "vitest";
import { edgeKey, edgeStyle, edgeStyles, nodeKey, nodeStyle, nodeStyles, radiusScale, symbolPath } from "./encoding.ts";

describe("graph encoding", () => {
  it("tells every stakeholder type apart by shape and colour together", () => {
    const pairs = Object.values(nodeStyles).map((s) => `${s.shape} ${s.fill}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const shapes = new Set(Object.values(nodeStyles).map((s) => s.shape));
    expect(shapes.size).toBe(7);
  });

  it("gives public administrations one shape and cases their own", () => {
    expect(["public-local", "public-regional", "public-national"].map((t) => nodeStyle(t).shape)).toEqual([
      "square",
      "square",
      "square",
    ]);
    expect(nodeStyle(nodeKey({ kind: "case", type: null })).shape).toBe("hexagon");
    expect(nodeStyle("someday-type").shape).toBe("circle");
  });

  it("keys edges by relationship type, or by kind for co-participation and participation", () => {
    expect(edgeKey({ kind: "relationship", type: "funding" })).toBe("funding");
    expect(edgeKey({ kind: "co-participation", type: null })).toBe("co-participation");
    expect(edgeKey({ kind: "participation", type: "provider" })).toBe("participation");
    const relationships = Object.keys(edgeStyles).filter((k) => !k.includes("participation"));
    const looks = relationships.map((k) => `${edgeStyle(k).stroke} ${edgeStyle(k).dash}`);
    expect(new Set(looks).size).toBe(relationships.length);
  });

  it("sizes nodes by the square root of degree, within bounds", () => {
    const radius = radiusScale(16, 10);
    expect(radius(0)).toBe(7);
    expect(radius(16)).toBe(18);
    expect(radius(4)).toBeCloseTo(7 + 11 / 2);
  });

  it("draws each shape as a closed path", () => {
    expect(symbolPath("hexagon", 10)).toMatch(/^M.*Z$/);
    expect(symbolPath("square", 10)).toMatch(/^M.*Z$/);
  });
});
