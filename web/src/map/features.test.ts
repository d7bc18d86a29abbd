import { describe, expect, it } from "vitest";
import { primaryKey, toClusterProperties, toDonutSlices, toMapCases } from "./features.ts";

const order = (keys: string[]) => new Map(keys.map((k, i) => [k, i]));
const orders = {
  phase: order(["co-commissioning", "co-design", "co-delivery", "co-assessment"]),
  policyDomain: order(["care", "housing"]),
  collaborationType: order([]),
};

describe("map features", () => {
  it("takes the first value in vocabulary order as the primary one", () => {
    expect(primaryKey(["co-delivery", "co-design"], orders.phase)).toBe("co-design");
    expect(primaryKey(["zeta", "alpha"], new Map())).toBe("alpha");
    expect(primaryKey([], orders.phase)).toBe("");
  });

  it("prefers the values being filtered for, so a filtered map shows their colour", () => {
    expect(primaryKey(["co-delivery", "co-design", "co-commissioning"], orders.phase, ["co-delivery"])).toBe(
      "co-delivery",
    );
    expect(primaryKey(["co-design"], orders.phase, ["co-delivery"])).toBe("co-design");
  });

  it("flattens the API features into properties MapLibre can match", () => {
    const fc = toMapCases(
      [
        {
          id: "a",
          geometry: { type: "Point", coordinates: [2, 41] },
          properties: {
            id: "a",
            title: "A",
            phase: ["co-delivery", "co-commissioning"],
            policyDomain: ["housing"],
            collaborationType: [],
          },
        },
      ],
      orders,
    );
    expect(fc.features[0]?.properties).toEqual({
      id: "a",
      title: "A",
      phaseKey: "co-commissioning",
      policyDomainKey: "housing",
      collaborationTypeKey: "",
    });
    expect(fc.features[0]?.geometry.coordinates).toEqual([2, 41]);
  });

  it("sums each value in clusters and splits a cluster into donut slices", () => {
    const props = toClusterProperties({ phase: ["co-design"], policyDomain: ["care"], collaborationType: [] });
    expect(props).toEqual({
      "phase:co-design": ["+", ["case", ["==", ["get", "phaseKey"], "co-design"], 1, 0]],
      "policyDomain:care": ["+", ["case", ["==", ["get", "policyDomainKey"], "care"], 1, 0]],
    });
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
});
