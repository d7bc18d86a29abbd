/**
 * Computed networks, kept by data version and query: the published data only changes when the
 * seed or a curator writes it, and every such write bumps the version, so an entry is valid until
 * then. Callers asking for one that is being computed wait for the same computation. Bounded by
 * the characters held (a 5,000-actor network is a few megabytes of JSON), least recently used out.
 */

export interface ComputeProgress {
  /** Share of the betweenness sources done, 0 to 1. */
  done: number;
}

interface Entry<T> {
  value: Promise<T>;
  size: number;
  progress: ComputeProgress;
}

export class VersionedCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  #size = 0;

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  /** The value for `key`, computing it once; a failed computation is not kept. */
  get(key: string, compute: (progress: ComputeProgress) => Promise<T>): Promise<T> {
    const cached = this.#entries.get(key);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached.value;
    }
    const progress = { done: 0 };
    const entry: Entry<T> = { value: compute(progress), size: 0, progress };
    this.#entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (this.#entries.get(key) !== entry) return;
        entry.size = this.sizeOf(value);
        progress.done = 1;
        this.#size += entry.size;
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return entry.value;
  }

  /** How far the computation of `key` is, when it is cached or under way. */
  progress(key: string): ComputeProgress | undefined {
    return this.#entries.get(key)?.progress;
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#size <= this.maxSize) return;
      if (entry.size === 0) continue;
      this.#entries.delete(key);
      this.#size -= entry.size;
    }
  }
}
