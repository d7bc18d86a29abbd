/**
 * One row's cells read into field values: text stripped of HTML, numbers, years, addresses, countries
 * and vocabulary keys through the value mapping, with a message for every value that could not be
 * used. Nothing is filled in that the row does not say, except the curator's own defaults.
 */
import { toHttpUrl, toNumber, toYear } from "./cells.ts";
import { type FieldSpec, fieldSpecs, type ImportKind, type ValueTarget } from "./fields.ts";
import type { ImportSettings } from "./settings.ts";
import type { MessageParams, RowMessage } from "./table.ts";
import { splitValues, toPlainText } from "./text.ts";
import { mapValue, type ValueIndex } from "./values.ts";

export type FieldValue = string | number | string[];
export type RowValues = Record<string, FieldValue>;

export interface RowContext {
  kind: ImportKind;
  settings: ImportSettings;
  /** Field -> the index of its column in the header. */
  columnIndex: Map<string, number>;
  /** Field -> its column's header name, for messages. */
  columnName: Map<string, string>;
  indexes: Map<ValueTarget, ValueIndex>;
}

const labels: Record<string, string> = {
  country: "country",
  stakeholderType: "stakeholder type",
  sseForm: "SSE form",
  status: "status",
  scale: "scale",
};

export function readRowValues(ctx: RowContext, cells: string[]): { values: RowValues; messages: RowMessage[] } {
  const values: RowValues = {};
  const messages: RowMessage[] = [];
  for (const spec of fieldSpecs[ctx.kind]) {
    const at = ctx.columnIndex.get(spec.name);
    const column = ctx.columnName.get(spec.name) ?? null;
    const cell = (at === undefined ? "" : (cells[at] ?? "")).trim() || (ctx.settings.defaults[spec.name] ?? "");
    const say: Say = (level, code, message, params = {}) =>
      messages.push({ column: column ?? spec.name, code, params, message, level });
    const missing = () => say("error", "missing_required", `The ${spec.name} is missing`, { field: spec.name });
    if (cell === "") {
      if (spec.required) missing();
      continue;
    }
    const value = readCell(ctx, spec, cell, say);
    if (value !== undefined) values[spec.name] = value;
    else if (spec.required && !messages.some((m) => m.level === "error" && m.column === (column ?? spec.name))) {
      missing();
    }
  }
  return { values, messages };
}

type Say = (level: RowMessage["level"], code: string, message: string, params?: MessageParams) => void;

function readCell(ctx: RowContext, spec: FieldSpec, cell: string, say: Say): FieldValue | undefined {
  switch (spec.type) {
    case "text":
    case "html":
      return toPlainText(cell) || undefined;
    case "number": {
      const n = toNumber(cell);
      if (n === undefined) say("warning", "invalid_number", `"${cell}" is not a number: left out`, { value: cell });
      return n;
    }
    case "year": {
      const year = toYear(cell);
      if (year === undefined) say("warning", "invalid_year", `No single year in "${cell}": left out`, { value: cell });
      return year;
    }
    case "url": {
      const url = toHttpUrl(cell);
      if (url === undefined) say("warning", "invalid_url", `"${cell}" is not a web address: left out`, { value: cell });
      return url;
    }
    case "country":
    case "term":
      return readTerm(ctx, spec, cell, say);
    case "terms":
      return readTerms(ctx, spec, cell, say);
  }
}

function lookup(ctx: RowContext, target: ValueTarget, raw: string) {
  const index = ctx.indexes.get(target);
  return index ? mapValue(index, ctx.settings.values[target], raw) : undefined;
}

function readTerm(ctx: RowContext, spec: FieldSpec, cell: string, say: Say): string | undefined {
  const target = spec.target as ValueTarget;
  const whole = lookup(ctx, target, toPlainText(cell));
  if (whole !== undefined) return whole ?? undefined;
  const parts = splitValues(toPlainText(cell));
  const keys = [...new Set(parts.map((p) => lookup(ctx, target, p)).filter((k): k is string => !!k))];
  if (keys.length > 1)
    say("warning", "several_values", `"${cell}" holds several values: kept "${keys[0]}"`, {
      value: cell,
      kept: keys[0] as string,
      target,
    });
  if (keys[0]) return keys[0];
  const what = labels[target] ?? target;
  const level = spec.required ? "error" : "warning";
  const code = spec.type === "country" ? "unknown_country" : "unknown_term";
  say(level, code, `"${cell}" is not a known ${what}${spec.required ? "" : ": left out"}`, { value: cell, target });
  return undefined;
}

function readTerms(ctx: RowContext, spec: FieldSpec, cell: string, say: Say): string[] | undefined {
  const target = spec.target as ValueTarget;
  const keys: string[] = [];
  for (const part of splitValues(toPlainText(cell))) {
    const key = lookup(ctx, target, part);
    if (key === undefined)
      say("warning", "unknown_term", `"${part}" is not a term of ${target}: left out`, { value: part, target });
    else if (key !== null && !keys.includes(key)) keys.push(key);
  }
  return keys.length > 0 ? keys : undefined;
}
