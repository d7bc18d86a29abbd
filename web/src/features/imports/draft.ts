/**
 * The import page's editable state as plain data: what the curator chose (kind, columns, value
 * mapping, source, defaults), turned into the settings the API reads, filled from a saved preset, and
 * the server's 400 details placed next to the fields they name.
 */
import type { InferRequestType } from "hono/client";
import type { api } from "../../api.ts";

export type ImportSettings = InferRequestType<
  (typeof api.imports.files)[":id"]["preview"]["$post"]
>["json"]["settings"];
export type ImportKind = ImportSettings["kind"];

export interface ImportDraft {
  kind: ImportKind;
  /** Field -> column chosen by the curator (null: none); fields left out are guessed by the server. */
  columns: Record<string, string | null>;
  /** Value target -> value token -> key (null: leave the value out). */
  values: Record<string, Record<string, string | null>>;
  source: { title: string; url: string; publisher: string };
  /** Value for rows whose cell is empty, per field (a file of one country). */
  defaults: Record<string, string>;
  importDuplicates: boolean;
}

export const emptyDraft = (kind: ImportKind): ImportDraft => ({
  kind,
  columns: {},
  values: {},
  source: { title: "", url: "", publisher: "" },
  defaults: {},
  importDuplicates: false,
});

/** The settings for the API: empty source fields left out, the source itself only once begun. */
export function toSettings(draft: ImportDraft): ImportSettings {
  const title = draft.source.title.trim();
  const url = draft.source.url.trim();
  const publisher = draft.source.publisher.trim();
  const defaults = Object.fromEntries(Object.entries(draft.defaults).filter(([, v]) => v.trim() !== ""));
  return {
    kind: draft.kind,
    columns: draft.columns,
    values: draft.values,
    defaults,
    importDuplicates: draft.importDuplicates,
    ...(title || url ? { source: { title, url, ...(publisher ? { publisher } : {}) } } : {}),
  };
}

/** A draft from a saved preset's settings. */
export function fromSettings(settings: ImportSettings): ImportDraft {
  return {
    kind: settings.kind,
    columns: { ...(settings.columns ?? {}) },
    values: Object.fromEntries(Object.entries(settings.values ?? {}).map(([t, m]) => [t, { ...m }])),
    source: {
      title: settings.source?.title ?? "",
      url: settings.source?.url ?? "",
      publisher: settings.source?.publisher ?? "",
    },
    defaults: { ...(settings.defaults ?? {}) },
    importDuplicates: settings.importDuplicates ?? false,
  };
}

/** Maps one value (by its token) to a key, to "leave out" (null), or back to the guess (undefined). */
export function withValue(draft: ImportDraft, target: string, token: string, key: string | null | undefined) {
  const mapping = { ...(draft.values[target] ?? {}) };
  if (key === undefined) delete mapping[token];
  else mapping[token] = key;
  return { ...draft, values: { ...draft.values, [target]: mapping } };
}

/** Sets a field's column (null: none), or back to the guess (undefined). */
export function withColumn(draft: ImportDraft, field: string, column: string | null | undefined) {
  const columns = { ...draft.columns };
  if (column === undefined) delete columns[field];
  else columns[field] = column;
  return { ...draft, columns };
}
