/** The printed result: one line per comparison, medians first, the ratio of medians last. */
import type { Timing } from "./measure.ts";

export interface Comparison {
  label: string;
  subject: { name: string; timing: Timing };
  baseline: { name: string; timing: Timing };
}

export function formatMs(ms: number): string {
  if (ms < 0.1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(1)} ms`;
}

const describe = ({ name, timing }: Comparison["subject"]) =>
  `${name} p50 ${formatMs(timing.p50)} (p95 ${formatMs(timing.p95)})`;

/** Ratio of medians, subject over baseline: how many times slower the subject is. */
export function ratio(c: Comparison): number {
  return c.subject.timing.p50 / c.baseline.timing.p50;
}

export function toReportLines(comparisons: readonly Comparison[]): string[] {
  const labelWidth = Math.max(...comparisons.map((c) => c.label.length));
  const subjectWidth = Math.max(...comparisons.map((c) => describe(c.subject).length));
  const baselineWidth = Math.max(...comparisons.map((c) => describe(c.baseline).length));
  return comparisons.map(
    (c) =>
      `${c.label.padEnd(labelWidth)}  ${describe(c.subject).padEnd(subjectWidth)}  vs ${describe(c.baseline).padEnd(baselineWidth)}  -> ${ratio(c).toFixed(2)}x`,
  );
}
