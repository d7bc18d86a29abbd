/**
 * Groups a currency's figures into one series per measure (and unit), in year order, keeping
 * conflicting figures for the same year as separate points rather than averaging them.
 */
export interface Figure {
  metric: string;
  value: number;
  unit: string | null;
  year: number;
  sourceId: string;
}

export interface Series {
  metric: string;
  unit: string | null;
  points: Figure[];
}

/** Only measures reported for at least two different years make a chart. */
export function toSeries(figures: Figure[]): Series[] {
  const byKey = new Map<string, Series>();
  for (const f of figures) {
    const key = `${f.metric}|${f.unit ?? ""}`;
    const series = byKey.get(key) ?? { metric: f.metric, unit: f.unit, points: [] };
    series.points.push(f);
    byKey.set(key, series);
  }
  return [...byKey.values()]
    .map((s) => ({ ...s, points: [...s.points].sort((a, b) => a.year - b.year || a.value - b.value) }))
    .filter((s) => new Set(s.points.map((p) => p.year)).size >= 2);
}
