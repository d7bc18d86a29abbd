import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { describe, expect, it } from "vitest";
import { betweenness, toAdjacency } from "./betweenness.ts";

/**
 * A clustered random graph like the explorer's large networks: groups of 4 to 40 actors, most ties
 * within a group, one in eight between groups (the shape tests/bench/network.ts draws).
 */
function clustered(n: number, ties: number, seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const group: number[] = [];
  while (group.length < n) {
    const size = 4 + Math.floor(random() * 37);
    const id = group.length === 0 ? 0 : (group.at(-1) as number) + 1;
    for (let i = 0; i < size && group.length < n; i++) group.push(id);
  }
  const members = new Map<number, number[]>();
  group.forEach((g, i) => {
    members.set(g, [...(members.get(g) ?? []), i]);
  });
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let e = 0; e < ties; e++) {
    const s = Math.floor(random() * n);
    const local = members.get(group[s] as number) ?? [];
    const t = random() < 0.875 ? (local[Math.floor(random() * local.length)] as number) : Math.floor(random() * n);
    if (s !== t && !g.hasEdge(String(s), String(t))) g.addEdge(String(s), String(t));
  }
  const pairs: [number, number][] = [];
  g.forEachEdge((_e, _a, s, t) => {
    pairs.push([Number(s), Number(t)]);
  });
  return { g, adjacency: toAdjacency(n, pairs) };
}

const topIds = (values: Float64Array, count: number) =>
  [...values.keys()].sort((a, b) => (values[b] as number) - (values[a] as number)).slice(0, count);

describe("betweenness", () => {
  it("is exact below the threshold, equal to graphology's (networkx's) normalised values", () => {
    const { g, adjacency } = clustered(400, 1_600, 7);
    const result = betweenness(adjacency, { exactUpTo: 1_000, sources: 100 });
    expect(result.method).toEqual({ method: "exact" });
    const expected = betweennessCentrality(g);
    for (let i = 0; i < 400; i++) expect(result.values[i]).toBeCloseTo(expected[String(i)] as number, 12);
  });

  it("is zero below three nodes, where nobody lies between", () => {
    expect([...betweenness(toAdjacency(2, [[0, 1]])).values]).toEqual([0, 0]);
  });

  it("above the threshold, is estimated from seeded sources within the error it states", () => {
    const { adjacency } = clustered(2_500, 10_000, 42);
    const exact = betweenness(adjacency, { exactUpTo: 10_000, sources: 0 }).values;
    const progress: number[] = [];
    const sampled = betweenness(adjacency, { exactUpTo: 1_000, sources: 400, onProgress: (d) => progress.push(d) });
    if (sampled.method.method !== "sampled") throw new Error("expected a sampled estimate");
    const { error, sources } = sampled.method;
    expect(sources).toBe(400);
    const misses = exact.filter((v, i) => Math.abs((sampled.values[i] as number) - v) > error).length;
    // The stated error is a 95% bound for the node with the widest interval; for all nodes together
    // it holds far more often.
    expect(misses / exact.length).toBeLessThanOrEqual(0.05);
    // It is a useful bound, not a vacuous one: a fraction of the highest betweenness.
    expect(error).toBeLessThan(0.5 * Math.max(...exact));
    const top = new Set(topIds(exact, 10));
    // The ranking a reader sorts by survives: the exact top ten stay near the top of the estimate.
    expect(topIds(sampled.values, 20).filter((id) => top.has(id)).length).toBeGreaterThanOrEqual(9);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeLessThanOrEqual(101);
    // Seeded: the same network gives the same estimate in every process, so caches agree.
    expect(betweenness(adjacency, { exactUpTo: 1_000, sources: 400 }).values).toEqual(sampled.values);
    // The exact pass over 2,500 nodes is a few seconds when the machine's cores are shared.
  }, 60_000);
});
