/**
 * A bounded cache of answers computed from the published data: each entry remembers the data version
 * it was computed at and is used only while that is still the version (every writer bumps it, in any
 * process), so no write can leave a stale answer behind. Least recently used entries go first once the
 * total weight passes the limit.
 */
export interface VersionedCacheOptions<V> {
  /** The most total weight kept. */
  maxWeight: number;
  /** An entry's weight (default 1: the limit is then a number of entries). */
  weigh?: (value: V) => number;
}

export class VersionedCache<V> {
  private entries = new Map<string, { version: number; value: Promise<V>; weight: number }>();
  private weight = 0;

  constructor(private options: VersionedCacheOptions<V>) {}

  /** The cached answer for `key` at `version`, else `compute()`'s, shared by concurrent callers. */
  async get(key: string, version: number, compute: () => Promise<V>): Promise<V> {
    const found = this.entries.get(key);
    if (found && found.version === version) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value;
    }
    if (found) this.remove(key);
    const value = compute();
    const entry = { version, value, weight: 0 };
    this.entries.set(key, entry);
    try {
      const resolved = await value;
      if (this.entries.get(key) === entry) {
        entry.weight = this.options.weigh?.(resolved) ?? 1;
        this.weight += entry.weight;
        this.evict();
      }
      return resolved;
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  get size(): number {
    return this.entries.size;
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
