/** Reading one cell as a field's type: numbers with decimal commas, years out of dates, addresses. */

/** "41.38", "41,38", " 41.38° " -> 41.38; undefined when not a finite number. */
export function toNumber(cell: string): number | undefined {
  const text = cell.trim().replace(/°$/, "").replace(/^\+/, "");
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) ? value : undefined;
}

/** The year of "2015", "2015-03-01", "2015-03-01T00:00:00Z", "01/03/2015" or "March 2015"; undefined if none or several. */
export function toYear(cell: string): number | undefined {
  const years = [...cell.matchAll(/(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)/g)].map((m) => Number(m[1]));
  const distinct = [...new Set(years)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** An http(s) address, "www.…" taken as https; undefined when the cell is not one. */
export function toHttpUrl(cell: string): string | undefined {
  const text = cell.trim();
  const withScheme = /^www\./i.test(text) ? `https://${text}` : text;
  if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(withScheme)) return undefined;
  try {
    return new URL(withScheme).href;
  } catch {
    return undefined;
  }
}
