/**
 * What the mapping step shows: how the file was read, which column feeds which field, a few rows, and
 * for every field with a closed list of values the distinct values found, how often, and what each
 * maps to (or that it maps to nothing yet).
 */

import { toToken } from "../../file-names.ts";
import type { ImportContext } from "./context.ts";
import { fieldSpecs, type ValueTarget } from "./fields.ts";
import { resolveColumns } from "./plan.ts";
import type { ImportSettings } from "./settings.ts";
import type { ImportTable } from "./table.ts";
import { splitValues, toPlainText } from "./text.ts";
import { guessValue } from "./values.ts";

export interface DistinctValue {
  value: string;
  /** The token the value mapping is keyed by. */
  token: string;
  count: number;
  /** The key it maps to; null when the curator left it out; undefined when unmapped. */
  key: string | null | undefined;
  how: "mapping" | "exact" | "within" | "none";
}

export interface FieldValues {
  field: string;
  column: string;
  target: ValueTarget;
  values: DistinctValue[];
  unmappedRows: number;
}

export interface ImportPreview {
  format: ImportTable["format"];
  encoding: ImportTable["encoding"];
  delimiter: string | null;
  header: string[];
  rowCount: number;
  columns: Record<string, string>;
  sample: string[][];
  values: FieldValues[];
}

const maxDistinct = 300;

export function toPreview(
  ctx: ImportContext,
  table: ImportTable,
  settings: ImportSettings,
  sampleSize = 10,
): ImportPreview {
  const columns = resolveColumns(ctx, table, settings);
  const values = fieldSpecs[settings.kind].flatMap((spec) => {
    const column = columns[spec.name];
    if (!spec.target || !column) return [];
    return [toFieldValues(ctx, table, settings, spec.name, column, spec.target, spec.type === "terms")];
  });
  return {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    header: table.header,
    rowCount: table.rows.length,
    columns,
    sample: table.rows.slice(0, sampleSize),
    values,
  };
}

function toFieldValues(
  ctx: ImportContext,
  table: ImportTable,
  settings: ImportSettings,
  field: string,
  column: string,
  target: ValueTarget,
  multi: boolean,
): FieldValues {
  const at = table.header.indexOf(column);
  const explicit = settings.values[target] ?? {};
  const index = ctx.indexes.get(target);
  const counts = new Map<string, { value: string; count: number }>();
  let unmappedRows = 0;
  const mapOf = (value: string): Pick<DistinctValue, "key" | "how"> => {
    const token = toToken(value);
    if (Object.hasOwn(explicit, token)) return { key: explicit[token], how: "mapping" };
    const guess = index ? guessValue(index, value) : undefined;
    return guess ? guess : { key: undefined, how: "none" };
  };
  for (const row of table.rows) {
    const cell = toPlainText(row[at] ?? "");
    if (!cell) continue;
    const parts = multi ? splitValues(cell) : mapOf(cell).key !== undefined ? [cell] : splitValues(cell);
    let unmapped = false;
    for (const value of parts) {
      const token = toToken(value);
      const entry = counts.get(token) ?? { value, count: 0 };
      entry.count++;
      counts.set(token, entry);
      if (mapOf(value).key === undefined) unmapped = true;
    }
    if (unmapped) unmappedRows++;
  }
  const list = [...counts.entries()]
    .map(([token, { value, count }]) => ({ value, token, count, ...mapOf(value) }))
    .sort((a, b) => Number(a.key !== undefined) - Number(b.key !== undefined) || b.count - a.count);
  return { field, column, target, values: list.slice(0, maxDistinct), unmappedRows };
}
