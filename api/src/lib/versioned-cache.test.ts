import { describe, expect, it } from "vitest";
import { VersionedCache } from "./versioned-cache.ts";

describe("VersionedCache", () => {
  it("computes once per key and version, shares a computation in flight, and recomputes after a write", async () => {
    const cache = new VersionedCache<number>({ maxWeight: 10 });
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([cache.get("k", 1, compute), cache.get("k", 1, compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await cache.get("k", 1, compute)).toBe(1);
    expect(await cache.get("k", 2, compute)).toBe(2);
  });

  it("drops the least recently used entries beyond its weight, and failed computations", async () => {
    const cache = new VersionedCache<string>({ maxWeight: 5, weigh: (v) => v.length });
    await cache.get("a", 1, async () => "aa");
    await cache.get("b", 1, async () => "bb");
    await cache.get("a", 1, async () => "unused");
    await cache.get("c", 1, async () => "cc");
    expect(await cache.get("b", 1, async () => "recomputed")).toBe("recomputed");
    await expect(cache.get("d", 1, async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await cache.get("d", 1, async () => "dd")).toBe("dd");
  });
});
