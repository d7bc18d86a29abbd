/**
 * What every readable file becomes: a header and rows of text cells, with what was detected on the
 * way (format, encoding, delimiter) and any note about a row made while reading it.
 */
import type { TextEncoding } from "./decode.ts";

export const importFormats = ["csv", "geojson"] as const;
export type ImportFormat = (typeof importFormats)[number];

export type RowStatus = "ok" | "warning" | "error";

/**
 * One finding about a row: the column it is about (null for the row as a whole), a stable code, the
 * values the sentence names (`params`, so the web says it in the reader's language) and the sentence
 * in English (the command line's and the downloaded report's).
 */
export interface RowMessage {
  column: string | null;
  code: string;
  params?: MessageParams;
  message: string;
  level: Exclude<RowStatus, "ok">;
}

export type MessageParams = Record<string, string | number>;

export interface ImportTable {
  format: ImportFormat;
  encoding: TextEncoding;
  /** The CSV delimiter found or given; null for GeoJSON. */
  delimiter: string | null;
  header: string[];
  rows: string[][];
  /** Findings made while reading, by row index (0 = the first row after the header). */
  notes: Map<number, RowMessage[]>;
}

/** Header names made usable as keys: trimmed, an empty one named by its position, repeats numbered. */
export function toUniqueHeader(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const name = raw.replace(/^\uFEFF/, "").trim() || `column ${i + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
