/**
 * The dry run: every row read, mapped, checked and turned into the bundle the import would write,
 * with what was found on the way. The import writes exactly these bundles, so what the report says is
 * what happens.
 */
import { bundleProblems, type RecordBundle } from "@atlas/db/records/bundle";
import { toSlug } from "../../file-names.ts";
import { guessColumns } from "./columns.ts";
import type { ExistingRecord, ImportContext } from "./context.ts";
import { DuplicateIndex } from "./duplicate-index.ts";
import { fieldSpec } from "./fields.ts";
import { checkPlace } from "./place.ts";
import { type ImportReport, toReport, toRowStatus } from "./report.ts";
import { type RowContext, type RowValues, readRowValues } from "./row-values.ts";
import type { ImportSettings } from "./settings.ts";
import type { ImportTable, RowMessage, RowStatus } from "./table.ts";
import { type PlacedSource, toBundle, toRecord } from "./to-bundle.ts";
import { transliterate } from "./transliterate.ts";
import { mapValue } from "./values.ts";

export interface PlannedRow {
  /** 1 for the first row after the header (the first feature of a GeoJSON file). */
  row: number;
  status: RowStatus;
  messages: RowMessage[];
  /** The bundle to write; undefined for a row with errors or a duplicate left out. */
  bundle?: RecordBundle;
  id?: string;
  country?: string;
}

export interface ImportPlan {
  /** Field -> column header, as used. */
  columns: Record<string, string>;
  rows: PlannedRow[];
  report: ImportReport;
  /** The batch's source, or undefined when the settings name none (a dry run may go without). */
  source: PlacedSource | undefined;
}

/** The columns used: the settings' choices over the guesses; null in the settings means "none". */
export function resolveColumns(ctx: ImportContext, table: ImportTable, settings: ImportSettings) {
  const chosen = settings.columns;
  const columns = { ...guessColumns(settings.kind, table.header, valueFit(ctx, table, settings)) };
  for (const [field, column] of Object.entries(chosen)) {
    if (column === null || !table.header.includes(column)) delete columns[field];
    else columns[field] = column;
  }
  for (const [field, column] of Object.entries(columns)) {
    if (Object.entries(chosen).some(([f, c]) => c === column && f !== field)) delete columns[field];
  }
  return columns;
}

/** The share of a column's first non-empty values (up to 200) that map to keys of a field's list. */
function valueFit(ctx: ImportContext, table: ImportTable, settings: ImportSettings) {
  return (field: string, header: string): number => {
    const target = fieldSpec(settings.kind, field)?.target;
    const index = target && ctx.indexes.get(target);
    if (!target || !index) return 1;
    const at = table.header.indexOf(header);
    const cells: string[] = [];
    for (const row of table.rows) {
      const cell = row[at]?.trim();
      if (cell) cells.push(cell);
      if (cells.length === 200) break;
    }
    if (cells.length === 0) return 0.5;
    const mapped = cells.filter((c) => mapValue(index, settings.values[target], c) !== undefined).length;
    return mapped / cells.length;
  };
}

class IdAllocator {
  private readonly used: Set<string>;
  constructor(taken: Iterable<string>) {
    this.used = new Set(taken);
  }
  take(base: string, qualifier?: string): string {
    const candidates = [base, ...(qualifier ? [`${base}-${qualifier}`] : [])];
    let id = candidates.find((c) => !this.used.has(c));
    for (let n = 2; !id; n++) if (!this.used.has(`${base}-${n}`)) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Source ids: what the atlas cites already keeps its id; a new address gets a free slug. */
class SourcePlacer {
  private readonly ids: IdAllocator;
  private readonly placed = new Map<string, PlacedSource>();
  constructor(private readonly ctx: ImportContext) {
    this.ids = new IdAllocator(ctx.references.sourceIds);
  }
  place(record: Omit<PlacedSource["record"], "id">, wanted: string): PlacedSource {
    const known = this.placed.get(record.url);
    if (known) return known;
    const existingId = this.ctx.sourceIdsByUrl.get(record.url);
    const placed: PlacedSource = existingId
      ? { record: { ...record, id: existingId }, existing: true }
      : { record: { ...record, id: this.ids.take(toSlug(wanted, 50) || "import-source") }, existing: false };
    this.placed.set(record.url, placed);
    return placed;
  }
}

const standIn: PlacedSource = {
  record: { id: "import-source", url: "https://invalid.invalid/", title: "The import's source" },
  existing: true,
};

/** What finds the rows that repeat a record or an earlier row; the benchmark passes the old one to compare. */
export type DuplicateFinder = Pick<DuplicateIndex<ExistingRecord | number>, "add" | "find">;
export type DuplicateFinderFactory = (maxKm: number, sample: string[]) => DuplicateFinder;

const indexedFinder: DuplicateFinderFactory = (maxKm, sample) => new DuplicateIndex(maxKm, { sample });

export function planImport(
  ctx: ImportContext,
  table: ImportTable,
  settings: ImportSettings,
  toFinder: DuplicateFinderFactory = indexedFinder,
): ImportPlan {
  const { kind } = settings;
  const columns = resolveColumns(ctx, table, settings);
  const rowContext: RowContext = {
    kind,
    settings,
    columnIndex: new Map(Object.entries(columns).map(([f, h]) => [f, table.header.indexOf(h)])),
    columnName: new Map(Object.entries(columns)),
    indexes: ctx.indexes,
  };
  const sources = new SourcePlacer(ctx);
  const batch = settings.source
    ? sources.place(settings.source, settings.source.publisher ?? settings.source.title)
    : undefined;
  const references = {
    ...ctx.references,
    sourceIds: new Set([...ctx.references.sourceIds, ...(batch ? [] : [standIn.record.id])]),
  };
  const ids = new IdAllocator(kind === "case" ? ctx.references.caseIds : ctx.references.stakeholderIds);
  const column = (field: string) => columns[field] ?? field;
  const nameField = kind === "case" ? "title" : "name";
  const existing = toDuplicateFinder(ctx, table, rowContext.columnIndex.get(nameField), settings, toFinder);

  const rows = table.rows.map((cells, i): PlannedRow => {
    const row = i + 1;
    const { values, messages } = readRowValues(rowContext, cells);
    messages.push(...(table.notes.get(i) ?? []));
    const place = { latitude: column("latitude"), longitude: column("longitude"), country: column("country") };
    messages.push(...checkPlace(values, ctx.boundaries, place));
    if (kind === "case") messages.push(...checkCaseFacts(values, column));
    const name = values[nameField] as string | undefined;
    if (!name) return { row, status: toRowStatus(messages), messages };
    const country = values.country as string | undefined;
    const base = toSlug(transliterate(name)) || `${kind}-${row}`;
    const id = ids.take(base, country?.toLowerCase());
    const rowSource = values.sourceUrl
      ? sources.place(
          { url: values.sourceUrl as string, title: `${name} (${batch?.record.title ?? "import"})` },
          `${batch?.record.id ?? "import"}-${base}`,
        )
      : undefined;
    const record = toRecord(kind, id, values, settings, { batch: batch ?? standIn, row: rowSource });
    const bundle = toBundle(record, [batch, rowSource]);
    for (const p of bundleProblems(references, kind, bundle)) {
      const at = problemColumn(p.field, column);
      // A value already reported as unusable is not reported again as missing.
      if (messages.some((m) => m.level === "error" && m.column === at)) continue;
      const params = { field: p.field ?? "", detail: p.message };
      messages.push({ column: at, code: "invalid_value", params, message: p.message, level: "error" });
    }
    const named = { name, ...pickPlace(values) };
    const duplicate = existing.find(named);
    existing.add(row, named);
    if (duplicate) messages.push(toDuplicateMessage(duplicate.of, duplicate.km, column(nameField)));
    const status = toRowStatus(messages);
    const skip = status === "error" || (duplicate !== undefined && !settings.importDuplicates);
    return { row, status, messages, ...(skip ? {} : { bundle, id, ...(country ? { country } : {}) }) };
  });
  return { columns, rows, report: toReport(rows), source: batch };
}

/** The atlas's records and proposals, indexed to find the rows that repeat them or each other. */
function toDuplicateFinder(
  ctx: ImportContext,
  table: ImportTable,
  nameAt: number | undefined,
  settings: ImportSettings,
  toFinder: DuplicateFinderFactory,
): DuplicateFinder {
  const rowNames = nameAt === undefined || nameAt < 0 ? [] : table.rows.map((cells) => cells[nameAt] ?? "");
  const index = toFinder(settings.duplicateDistanceKm, [...ctx.existing.map((r) => r.name), ...rowNames]);
  for (const r of ctx.existing) index.add(r, r);
  return index;
}

function pickPlace(values: RowValues) {
  const out: { country?: string; latitude?: number; longitude?: number } = {};
  if (typeof values.country === "string") out.country = values.country;
  if (typeof values.latitude === "number" && typeof values.longitude === "number") {
    out.latitude = values.latitude;
    out.longitude = values.longitude;
  }
  return out;
}

function toDuplicateMessage(of: ExistingRecord | number, km: number | undefined, column: string): RowMessage {
  const where = km === undefined ? "" : `, ${km.toFixed(1)} km away`;
  if (typeof of === "number") {
    const params = { row: of, ...(km === undefined ? {} : { km: Math.round(km * 10) / 10 }) };
    return { column, code: "duplicate_row", params, message: `Looks like row ${of}${where}`, level: "warning" };
  }
  const what = of.state === "record" ? "existing record" : "pending proposal";
  return {
    column,
    code: of.state === "record" ? "duplicate_record" : "duplicate_proposal",
    params: { name: of.name, id: of.id, ...(km === undefined ? {} : { km: Math.round(km * 10) / 10 }) },
    message: `Looks like the ${what} "${of.name}" (${of.id})${where}`,
    level: "warning",
  };
}

/** A field path of a bundle problem ("record.latitude", "sources.1.url") to the column it came from. */
function problemColumn(path: string | undefined, column: (field: string) => string): string | null {
  const [part, field] = (path ?? "").split(".");
  if (part === "sources") return column("sourceUrl");
  return field ? column(field) : null;
}

/** Dates and statuses of a case: a status needs the year it was reported, an end comes after the start. */
function checkCaseFacts(values: RowValues, column: (field: string) => string): RowMessage[] {
  const messages: RowMessage[] = [];
  if (values.status !== undefined && values.statusYear === undefined) {
    delete values.status;
    messages.push({
      column: column("status"),
      code: "status_without_year",
      params: {},
      message: "A status needs the year it was reported: left out",
      level: "warning",
    });
  }
  const { startYear, endYear } = values as { startYear?: number; endYear?: number };
  if (startYear !== undefined && endYear !== undefined && endYear < startYear) {
    delete values.endYear;
    messages.push({
      column: column("endYear"),
      code: "end_before_start",
      params: { start: startYear, end: endYear },
      message: `The end year ${endYear} is before the start year ${startYear}: left out`,
      level: "warning",
    });
  }
  return messages;
}
