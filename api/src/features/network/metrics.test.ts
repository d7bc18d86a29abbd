import { describe, expect, it } from "vitest";
import { computeMetrics } from "./metrics.ts";
import { graphOf } from "./testing.ts";

/** Betweenness sums fractions of shortest paths: equal to the exact value up to floating-point rounding. */
const exactly = (values: number[]) => values.map((v) => expect.closeTo(v, 12));

const metricsOf = (pairs: string[], sectors = {}) => {
  const { nodes, metrics } = computeMetrics(graphOf(pairs, sectors), "stakeholders");
  return { node: (id: string) => nodes.get(id), metrics };
};

describe("computeMetrics", () => {
  it("a star: the centre lies between every pair of leaves and brokers across sectors", () => {
    const { node, metrics } = metricsOf(["c-l1", "c-l2", "c-l3", "c-l4"], {
      c: "public",
      l1: "public",
      l2: "social",
      l3: "social",
      l4: "other",
    });
    expect(node("c")).toEqual({ degree: 4, betweenness: 1, brokerage: 5, publicSocialBrokerage: 2, component: 1 });
    for (const leaf of ["l1", "l2", "l3", "l4"]) {
      expect(node(leaf)).toEqual({ degree: 1, betweenness: 0, brokerage: 0, publicSocialBrokerage: 0, component: 1 });
    }
    expect(metrics).toEqual({
      nodes: 5,
      edges: 4,
      ties: 4,
      density: 0.4,
      components: 1,
      largestComponent: 5,
      betweenness: { method: "exact" },
    });
  });

  it("a path of five: betweenness 0, 1/2, 2/3, 1/2, 0", () => {
    const { node, metrics } = metricsOf(["a-b", "b-c", "c-d", "d-e"], {
      a: "public",
      b: "social",
      c: "social",
      d: "public",
      e: "other",
    });
    expect(["a", "b", "c", "d", "e"].map((id) => node(id)?.betweenness)).toEqual(exactly([0, 0.5, 2 / 3, 0.5, 0]));
    expect(["a", "b", "c", "d", "e"].map((id) => node(id)?.degree)).toEqual([1, 2, 2, 2, 1]);
    expect(["b", "c", "d"].map((id) => [node(id)?.brokerage, node(id)?.publicSocialBrokerage])).toEqual([
      [1, 1],
      [1, 1],
      [1, 0],
    ]);
    expect(metrics.density).toBe(0.4);
  });

  it("two triangles joined by a bridge: only the bridge's ends lie between, 6 of 10 pairs each", () => {
    const { node, metrics } = metricsOf(["a-b", "b-c", "a-c", "c-d", "d-e", "e-f", "d-f"], {
      a: "public",
      b: "public",
      c: "social",
      d: "social",
    });
    expect(["a", "b", "c", "d", "e", "f"].map((id) => node(id)?.betweenness)).toEqual(exactly([0, 0, 0.6, 0.6, 0, 0]));
    expect(["a", "b", "c", "d", "e", "f"].map((id) => node(id)?.degree)).toEqual([2, 2, 3, 3, 2, 2]);
    // c's neighbours a and b are tied to each other; each of them and d are not, and differ in sector.
    expect(node("c")).toMatchObject({ brokerage: 2, publicSocialBrokerage: 2 });
    // d's neighbours are all social: nothing to broker.
    expect(node("d")).toMatchObject({ brokerage: 0, publicSocialBrokerage: 0 });
    expect(metrics).toEqual({
      nodes: 6,
      edges: 7,
      ties: 7,
      density: 7 / 15,
      components: 1,
      largestComponent: 6,
      betweenness: { method: "exact" },
    });
  });

  it("counts parallel ties once, ignores self-ties, and numbers components largest first", () => {
    const { node, metrics } = metricsOf(["x-y", "y-x", "x-x", "p-q", "q-r"]);
    expect(node("x")?.degree).toBe(1);
    expect(metrics).toMatchObject({
      nodes: 5,
      edges: 5,
      ties: 3,
      components: 2,
      largestComponent: 3,
      betweenness: { method: "exact" },
    });
    expect(["p", "q", "r", "x", "y"].map((id) => node(id)?.component)).toEqual([1, 1, 1, 2, 2]);
  });

  it("gives zeros, not NaN, for one or two nodes", () => {
    const { node, metrics } = metricsOf(["a-b"]);
    expect(node("a")).toEqual({ degree: 1, betweenness: 0, brokerage: 0, publicSocialBrokerage: 0, component: 1 });
    expect(metrics.density).toBe(1);
  });

  it("in the bipartite view: no brokerage, and density over cases × stakeholders", () => {
    const graph = graphOf(["s1-k1", "s2-k1", "s2-k2"]);
    for (const node of graph.nodes) if (node.id.startsWith("k")) Object.assign(node, { kind: "case", sector: null });
    const { nodes, metrics } = computeMetrics(graph, "bipartite");
    expect(nodes.get("s2")).toEqual({
      degree: 2,
      betweenness: 2 / 3,
      brokerage: null,
      publicSocialBrokerage: null,
      component: 1,
    });
    expect(metrics.density).toBe(3 / 4);
  });
});
