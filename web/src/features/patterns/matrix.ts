/**
 * Cross-tabulations as matrices the charts draw: rows and columns in a given order (the vocabulary's),
 * those with no case dropped, counts looked up by pair, the shade scale, and the facts the text
 * summary states. Pure, so the charts are a function of these.
 */
import { max } from "d3-array";
import { scaleLinear } from "d3-scale";

export interface Cell {
  row: string;
  column: string;
  count: number;
}

export interface Matrix {
  rows: string[];
  columns: string[];
  count: (row: string, column: string) => number;
  max: number;
  /** Rows and columns of `order` that no case has, dropped from the drawing but said in the summary. */
  emptyRows: string[];
  emptyColumns: string[];
}

const byOrder = (order: string[]) => (a: string, b: string) => {
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  return (ia < 0 ? Number.MAX_SAFE_INTEGER : ia) - (ib < 0 ? Number.MAX_SAFE_INTEGER : ib) || (a < b ? -1 : 1);
};

/** A matrix over the rows and columns present, in the order given; keys not in the order go last. */
export function toMatrix(cells: Cell[], rowOrder: string[], columnOrder: string[]): Matrix {
  const counts = new Map(cells.map((c) => [`${c.row}\u0000${c.column}`, c.count]));
  const rows = [...new Set(cells.filter((c) => c.count > 0).map((c) => c.row))].sort(byOrder(rowOrder));
  const columns = [...new Set(cells.filter((c) => c.count > 0).map((c) => c.column))].sort(byOrder(columnOrder));
  return {
    rows,
    columns,
    count: (row, column) => counts.get(`${row}\u0000${column}`) ?? 0,
    max: max(cells, (c) => c.count) ?? 0,
    emptyRows: rowOrder.filter((r) => !rows.includes(r)),
    emptyColumns: columnOrder.filter((c) => !columns.includes(c)),
  };
}

/** The shade of a count, from the page's wash to its accent colour. */
export function toShade(maxCount: number): (count: number) => string {
  const scale = scaleLinear<string>()
    .domain([0, Math.max(1, maxCount)])
    .range(["#f4f7f9", "#1f6f8b"]);
  return (count) => (count === 0 ? "transparent" : scale(count));
}

/** Whether text on that shade must be light to stay readable (the darker half of the scale). */
export const needsLightText = (count: number, maxCount: number) => count > Math.max(1, maxCount) / 2;

/** The largest cell, ties broken by the matrix order. */
export function topCell(m: Matrix): { row: string; column: string; count: number } | null {
  let best: { row: string; column: string; count: number } | null = null;
  for (const row of m.rows) {
    for (const column of m.columns) {
      const count = m.count(row, column);
      if (count > 0 && (!best || count > best.count)) best = { row, column, count };
    }
  }
  return best;
}

export function rowTotal(m: Matrix, row: string): number {
  return m.columns.reduce((sum, column) => sum + m.count(row, column), 0);
}

/** Years from the first to the last start, gaps filled with zero, so the bars keep time's spacing. */
export function toYearSeries(years: { year: number; count: number }[]): { year: number; count: number }[] {
  if (years.length === 0) return [];
  const counts = new Map(years.map((y) => [y.year, y.count]));
  const first = Math.min(...years.map((y) => y.year));
  const last = Math.max(...years.map((y) => y.year));
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

/** The peak year (the earliest of equal peaks). */
export function peakYear(years: { year: number; count: number }[]): { year: number; count: number } | null {
  return years.reduce<{ year: number; count: number } | null>(
    (best, y) => (!best || y.count > best.count ? y : best),
    null,
  );
}
