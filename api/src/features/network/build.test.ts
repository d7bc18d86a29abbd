import { describe, expect, it } from "vitest";
import { toBipartiteGraph, toStakeholderGraph } from "./build.ts";
import { rowsOf } from "./testing.ts";

describe("toStakeholderGraph", () => {
  it("makes one node per stakeholder with its cases, their countries and its sector", () => {
    const { nodes } = toStakeholderGraph(rowsOf(), { coParticipation: false });
    expect(nodes.map((n) => [n.id, n.sector, n.caseIds, n.countries])).toEqual([
      ["city", "public", ["care", "housing"], ["ES", "PT"]],
      ["coop", "social", ["care"], ["ES"]],
      ["residents", "social", ["housing"], ["PT"]],
    ]);
  });

  it("keeps each recorded relationship as a typed edge, parallel ones included", () => {
    const { edges } = toStakeholderGraph(rowsOf(), { coParticipation: false });
    expect(edges.map((e) => [e.id, e.source, e.target, e.type, e.directed, e.caseIds])).toEqual([
      ["r1", "city", "coop", "funding", true, ["care"]],
      ["r2", "city", "coop", "agreement", true, ["care"]],
      ["r3", "residents", "city", "partnership", false, ["housing"]],
    ]);
  });

  it("adds one undirected co-participation tie per pair sharing a case, two roles counting once", () => {
    const { edges } = toStakeholderGraph(rowsOf(), { coParticipation: true });
    const co = edges.filter((e) => e.kind === "co-participation");
    expect(co.map((e) => [e.source, e.target, e.caseIds, e.weight, e.directed, e.type])).toEqual([
      ["city", "coop", ["care"], 1, false, null],
      ["city", "residents", ["housing"], 1, false, null],
    ]);
  });
});

describe("toBipartiteGraph", () => {
  it("ties stakeholders to prefixed case nodes, one participation edge per role", () => {
    const { nodes, edges } = toBipartiteGraph(rowsOf());
    expect(nodes.filter((n) => n.kind === "case").map((n) => [n.id, n.label, n.sector])).toEqual([
      ["case:care", "Care co-delivery", null],
      ["case:housing", "Housing co-design", null],
    ]);
    expect(edges.filter((e) => e.source === "coop").map((e) => [e.target, e.type])).toEqual([
      ["case:care", "partner"],
      ["case:care", "provider"],
    ]);
    expect(edges.every((e) => e.kind === "participation")).toBe(true);
  });
});
