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

describe("VersionedCache with stale answers while computing", () => {
  const deferred = () => {
    let resolve: (value: string) => void = () => {};
    let reject: (error: Error) => void = () => {};
    const promise = new Promise<string>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };

  it("answers the older value after a write only where allowed, until the new one is ready", async () => {
    const cache = new VersionedCache<string>({ maxWeight: 100, staleWhileComputing: (v) => v.startsWith("big") });
    await cache.get("big", 1, async () => "big v1");
    await cache.get("small", 1, async () => "small v1");
    const next = deferred();
    expect(await cache.get("big", 2, () => next.promise)).toBe("big v1");
    expect(await cache.get("big", 2, async () => "never computed")).toBe("big v1");
    const small = deferred();
    const waiting = cache.get("small", 2, () => small.promise);
    small.resolve("small v2");
    expect(await waiting).toBe("small v2");
    next.resolve("big v2");
    await next.promise;
    expect(await cache.get("big", 2, async () => "never computed")).toBe("big v2");
  });

  it("counts the stand-in's weight while computing, and forgets a failed computation", async () => {
    const cache = new VersionedCache<string>({
      maxWeight: 12,
      weigh: (v) => v.length,
      staleWhileComputing: () => true,
    });
    await cache.get("a", 1, async () => "aaaaaa");
    const failing = deferred();
    expect(await cache.get("a", 2, () => failing.promise)).toBe("aaaaaa");
    // 6 (a's stand-in) + 8 > 12: a, least recently used, goes.
    await cache.get("b", 2, async () => "bbbbbbbb");
    failing.reject(new Error("no"));
    await failing.promise.catch(() => {});
    expect(await cache.get("a", 2, async () => "ff")).toBe("ff");
    expect(cache.size).toBe(2);
  });

  it("after a failed computation, computes again rather than keep the stand-in", async () => {
    const cache = new VersionedCache<string>({ maxWeight: 10, staleWhileComputing: () => true });
    await cache.get("a", 1, async () => "old");
    const failing = deferred();
    expect(await cache.get("a", 2, () => failing.promise)).toBe("old");
    failing.reject(new Error("no"));
    await failing.promise.catch(() => {});
    expect(await cache.get("a", 2, async () => "new")).toBe("new");
  });
});
