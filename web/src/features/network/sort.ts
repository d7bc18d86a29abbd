/** Sorting table rows by a column: numbers by value, text in the reader's collation, blanks last. */

export type SortDirection = "ascending" | "descending";
export type Cell = string | number | null;

export function sortRows<T>(rows: T[], value: (row: T) => Cell, direction: SortDirection, locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const order =
        typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return order !== 0 ? sign * order : a.i - b.i;
    })
    .map((x) => x.row);
}
