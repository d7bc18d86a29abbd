/**
 * A row's values as a bundle in the data-file format: the record, citing the batch's source for every
 * fact (and the row's own page, when the file gives one), with those sources as new source records.
 */
import type { RecordBundle } from "@atlas/db/records/bundle";
import { caseSchemes } from "@atlas/db/schema";
import type { ImportKind } from "./fields.ts";
import type { RowValues } from "./row-values.ts";
import type { BatchSource, ImportSettings } from "./settings.ts";

/** A source as the batch cites it: its data-file record and whether the atlas already had it. */
export interface PlacedSource {
  record: { id: string; url: string; title: string } & Partial<Omit<BatchSource, "title" | "url">>;
  existing: boolean;
}

const pick = (values: RowValues, names: string[]) =>
  Object.fromEntries(names.filter((n) => values[n] !== undefined).map((n) => [n, values[n]]));

export function toRecord(
  kind: ImportKind,
  id: string,
  values: RowValues,
  settings: ImportSettings,
  sources: { batch: PlacedSource; row?: PlacedSource },
): Record<string, unknown> {
  const sourceIds = [sources.batch.record.id, ...(sources.row ? [sources.row.record.id] : [])];
  const cited = sources.batch.record.id;
  if (kind === "stakeholder") {
    return {
      id,
      ...pick(values, [
        "name",
        "type",
        "sseForm",
        "country",
        "city",
        "latitude",
        "longitude",
        "website",
        "description",
      ]),
      sources: sourceIds,
    };
  }
  const placed = values.latitude !== undefined && values.longitude !== undefined;
  const coded = caseSchemes.some((s) => values[s] !== undefined);
  const status = values.status !== undefined && values.statusYear !== undefined;
  return {
    id,
    ...pick(values, ["title", "summary", "description", "country", "region", "city"]),
    ...(placed
      ? {
          latitude: values.latitude,
          longitude: values.longitude,
          locationPrecision: settings.locationPrecision,
          locationNote: `Point as given by ${sources.batch.record.title}`,
        }
      : {}),
    ...(values.startYear !== undefined ? { startYear: values.startYear, startSource: cited } : {}),
    ...(values.endYear !== undefined ? { endYear: values.endYear, endSource: cited } : {}),
    ...(status ? { status: values.status, statusYear: values.statusYear, statusSource: cited } : {}),
    ...pick(values, ["scale"]),
    ...(coded ? { codedBy: sources.batch.record.publisher ?? sources.batch.record.title } : {}),
    ...pick(values, [...caseSchemes]),
    sources: sourceIds,
  };
}

/** The bundle of a row: its record and the sources it brings that the atlas does not have yet. */
export function toBundle(record: Record<string, unknown>, sources: (PlacedSource | undefined)[]): RecordBundle {
  return {
    record,
    sources: sources.filter((s): s is PlacedSource => !!s && !s.existing).map((s) => s.record),
  };
}
