import { describe, expect, it } from "vitest";
import { computeMetrics, type NodeMetrics } from "./metrics.ts";
import { toSummary } from "./summary.ts";
import { graphOf } from "./testing.ts";

function summaryOf(pairs: string[], sectors = {}, cases: Record<string, string[]> = {}) {
  const graph = graphOf(pairs, sectors);
  const { nodes } = computeMetrics(graph, "stakeholders");
  const withMetrics = graph.nodes.map((n) => ({
    ...n,
    ...(nodes.get(n.id) as NodeMetrics),
    caseIds: cases[n.id] ?? [],
  }));
  return toSummary(withMetrics, "stakeholders");
}

describe("toSummary", () => {
  it("names the hub, the top broker and the public–social brokers of the example", () => {
    // The municipality links 4 of 6 actors; two SSE organisations broker between it and the residents.
    const summary = summaryOf(["city-sse1", "city-sse2", "city-uni", "city-bank", "sse1-residents", "sse2-residents"], {
      city: "public",
      residents: "social",
      uni: "other",
      bank: "other",
    });
    expect(summary.hub).toEqual({ id: "city", degree: 4, others: 5 });
    expect(summary.broker?.id).toBe("city");
    expect(summary.publicSocialBrokers).toEqual(["sse1", "sse2"]);
    expect(summary.recurring).toBeNull();
  });

  it("says nothing of a hub or a broker where there is none", () => {
    const summary = summaryOf(["a-b"]);
    expect(summary).toEqual({ hub: null, broker: null, publicSocialBrokers: [], recurring: null });
  });

  it("names the stakeholder found in the most cases", () => {
    const summary = summaryOf(["a-b", "b-c"], {}, { a: ["k1"], b: ["k1", "k2"], c: ["k2"] });
    expect(summary.recurring).toEqual({ id: "b", cases: 2, countries: 0 });
  });
});
