/**
 * Timing on a shared, noisy 2-core machine: the variants being compared run interleaved, round by
 * round, so a burst of load from a neighbour slows all of them alike and their ratio stays fair.
 */
import { performance } from "node:perf_hooks";

export interface Timing {
  /** Milliseconds. */
  p50: number;
  p95: number;
  iterations: number;
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
}

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("no samples");
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function toTiming(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), iterations: sorted.length };
}

/**
 * Runs every variant `warmup` times, then `iterations` rounds in which each runs once, starting
 * from a different variant each round. `i` is the round number, for variants that vary their input.
 */
export async function measure<K extends string>(
  variants: Record<K, (i: number) => Promise<unknown>>,
  options: MeasureOptions,
): Promise<Record<K, Timing>> {
  const names = Object.keys(variants) as K[];
  for (let i = 0; i < options.warmup; i++) {
    for (const name of names) await variants[name](i);
  }
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < options.iterations; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length] as K;
      const started = performance.now();
      await variants[name](i);
      samples[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, toTiming(samples[name])])) as Record<K, Timing>;
}
