/**
 * A bounded cache of answers computed from the published data: each entry remembers the data version
 * it was computed at and is used only while that is still the version (every writer bumps it, in any
 * process), so no write can leave a stale answer behind — except where the cache is told an answer
 * costs so much to compute that the one from before the write may stand in until the new one is
 * ready (`staleWhileComputing`). Least recently used entries go first once the total weight passes
 * the limit.
 */
export interface VersionedCacheOptions<V> {
  /** The most total weight kept. */
  maxWeight: number;
  /** An entry's weight (default 1: the limit is then a number of entries). */
  weigh?: (value: V) => number;
  /** Whether this answer, once the data changed, is answered while its successor is computed. */
  staleWhileComputing?: (value: V) => boolean;
}

interface Entry<V> {
  version: number;
  value: Promise<V>;
  /** The weight counted for this entry: its stand-in's while computing, then its own. */
  weight: number;
  /** An answer from an older version, given until `value` is ready. */
  stale?: V;
  resolved?: V;
}

export class VersionedCache<V> {
  private entries = new Map<string, Entry<V>>();
  private weight = 0;

  constructor(private options: VersionedCacheOptions<V>) {}

  /** The cached answer for `key` at `version`, else `compute()`'s, shared by concurrent callers. */
  async get(key: string, version: number, compute: () => Promise<V>): Promise<V> {
    const found = this.entries.get(key);
    if (found && found.version === version) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.stale ?? found.value;
    }
    const previous = found?.resolved;
    const stale = previous !== undefined && this.options.staleWhileComputing?.(previous) ? previous : undefined;
    const entry: Entry<V> = {
      version,
      value: compute(),
      weight: stale === undefined ? 0 : (found?.weight ?? 0),
      stale,
    };
    // The stand-in keeps its weight (it is still in memory); a dropped answer gives its weight back.
    if (found && stale === undefined) this.remove(key);
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.settle(key, entry);
    return stale ?? entry.value;
  }

  get size(): number {
    return this.entries.size;
  }

  private settle(key: string, entry: Entry<V>) {
    entry.value.then(
      (resolved) => {
        if (this.entries.get(key) !== entry) return;
        this.weight -= entry.weight;
        entry.weight = this.options.weigh?.(resolved) ?? 1;
        this.weight += entry.weight;
        entry.resolved = resolved;
        entry.stale = undefined;
        this.evict();
      },
      // The caller awaiting `value` sees the error; the next one computes again.
      () => this.entries.get(key) === entry && this.remove(key),
    );
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.weight -= entry.weight;
    this.entries.delete(key);
  }

  private evict() {
    for (const key of this.entries.keys()) {
      if (this.weight <= this.options.maxWeight || this.entries.size <= 1) return;
      this.remove(key);
    }
  }
}
