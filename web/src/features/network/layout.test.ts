import { describe, expect, it } from "vitest";
import { computeLayout } from "./layout.ts";

const ring = (n: number) => ({
  nodes: Array.from({ length: n }, () => ({ radius: 8, labelWidth: 80 })),
  links: Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as [number, number]),
  seed: 7,
});

describe("computeLayout", () => {
  it("is reproducible: the same network and seed give the same positions", () => {
    const a = computeLayout(ring(12));
    const b = computeLayout(ring(12));
    expect([...a.x]).toEqual([...b.x]);
    expect([...a.y]).toEqual([...b.y]);
    expect([...computeLayout({ ...ring(12), seed: 8 }).x]).not.toEqual([...a.x]);
  });

  it("spreads a small network so that no two nodes overlap", () => {
    const { x, y } = computeLayout(ring(10));
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 10; i++) {
      for (let j = i + 1; j < 10; j++) {
        closest = Math.min(closest, Math.hypot((x[i] ?? 0) - (x[j] ?? 0), (y[i] ?? 0) - (y[j] ?? 0)));
      }
    }
    expect(closest).toBeGreaterThan(16);
  });

  it("gives finite positions for isolated nodes and an empty network", () => {
    const { x } = computeLayout({
      nodes: [
        { radius: 5, labelWidth: 0 },
        { radius: 5, labelWidth: 0 },
      ],
      links: [],
      seed: 1,
    });
    expect([...x].every(Number.isFinite)).toBe(true);
    expect(computeLayout({ nodes: [], links: [], seed: 1 }).x).toHaveLength(0);
  });
});
