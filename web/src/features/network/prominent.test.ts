import { describe, expect, it } from "vitest";
import { prominentCount, toProminent } from "./prominent.ts";
import type { Network } from "./queries.ts";

const node = (id: string, degree: number, betweenness = 0) =>
  ({ id, label: id, kind: "stakeholder", type: "funder", degree, betweenness }) as Network["nodes"][number];

describe("toProminent", () => {
  // One big star and many small pairs: one label per component would name the pairs, not the star.
  const nodes = [
    ...Array.from({ length: 12 }, (_, i) => node(`hub${i}`, 30 - i)),
    ...Array.from({ length: 40 }, (_, i) => node(`pair${i}`, 1)),
    node("alone", 0),
  ];

  it("takes the most connected actors, not one per group", () => {
    const ids = toProminent({ nodes });
    expect(ids.size).toBe(prominentCount);
    expect([...ids].every((id) => id.startsWith("hub"))).toBe(true);
    expect(ids.has("hub0")).toBe(true);
    expect(ids.has("hub8")).toBe(false);
  });

  it("adds every actor the summary names, even a less connected one", () => {
    const summary = {
      hub: { id: "hub0", degree: 30, others: 52 },
      broker: { id: "pair3", betweenness: 0.2 },
      publicSocialBrokers: ["pair5", "pair6", "pair7", "pair8"],
      recurring: { id: "pair9", cases: 3, countries: 2 },
    } as Network["summary"];
    const ids = toProminent({ nodes, summary });
    for (const id of ["pair3", "pair5", "pair6", "pair7", "pair9"]) expect(ids.has(id)).toBe(true);
    // The summary names three brokers, then "and N others".
    expect(ids.has("pair8")).toBe(false);
  });

  it("leaves an isolated actor out", () => {
    expect(toProminent({ nodes: [node("alone", 0)] }).size).toBe(0);
  });
});
