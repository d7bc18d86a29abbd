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

  // A hundred actors take a second or more on a busy machine.
  it("fills a tall view with a tall drawing and a wide one with a wide drawing", { timeout: 60_000 }, () => {
    // Actors in small groups, as the overview has.
    const n = 120;
    const input = {
      nodes: Array.from({ length: n }, () => ({ radius: 4, labelWidth: 60 })),
      links: Array.from({ length: n }, (_, i) => [i, i % 5 === 4 ? i - 4 : i + 1] as [number, number]),
      seed: 3,
    };
    const shape = (aspect: number) => {
      const { x, y } = computeLayout({ ...input, aspect });
      return (Math.max(...y) - Math.min(...y)) / (Math.max(...x) - Math.min(...x));
    };
    expect(shape(1.8)).toBeGreaterThan(1.2);
    expect(shape(0.55)).toBeLessThan(0.8);
  });
});
