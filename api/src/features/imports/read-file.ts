/** Any uploaded file to a table: decoded, then read as GeoJSON or as CSV. */
import { parseCsv } from "./csv.ts";
import { decodeText, type TextEncoding } from "./decode.ts";
import { isGeoJson, parseGeoJson } from "./geojson.ts";
import type { ImportFormat, ImportTable } from "./table.ts";

export interface ReadOptions {
  encoding?: TextEncoding;
  format?: ImportFormat;
  delimiter?: string;
}

export function readImportFile(bytes: Uint8Array, options: ReadOptions = {}): ImportTable {
  const decoded = decodeText(bytes, options.encoding);
  const format = options.format ?? (isGeoJson(decoded.text) ? "geojson" : "csv");
  return format === "geojson" ? parseGeoJson(decoded) : parseCsv(decoded, options.delimiter);
}
