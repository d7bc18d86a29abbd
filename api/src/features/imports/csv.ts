/**
 * CSV as real exports write it: any of the usual delimiters (found by papaparse from how consistently
 * each one splits the first rows), quoted fields with line breaks and doubled quotes, blank lines.
 */
import Papa from "papaparse";
import type { DecodedText } from "./decode.ts";
import { type ImportTable, toUniqueHeader } from "./table.ts";

export const csvDelimiters = [",", ";", "\t", "|"] as const;

export function parseCsv(decoded: DecodedText, delimiter?: string): ImportTable {
  const result = Papa.parse<string[]>(decoded.text, {
    delimiter: delimiter ?? "",
    delimitersToGuess: [...csvDelimiters],
    skipEmptyLines: "greedy",
  });
  const [first = [], ...rows] = result.data;
  const header = toUniqueHeader(first);
  const width = header.length;
  return {
    format: "csv",
    encoding: decoded.encoding,
    delimiter: result.meta.delimiter,
    header,
    // Short rows are padded, so that every row has a cell per column; extra cells are kept.
    rows: rows.map((row) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill("")] : row)),
    notes: new Map(
      result.errors
        .filter((e) => e.row !== undefined && e.row > 0 && e.code !== "UndetectableDelimiter")
        .map((e) => [
          (e.row ?? 1) - 1,
          [
            {
              column: null,
              code: "csv_malformed",
              params: { detail: e.message },
              message: `CSV: ${e.message}`,
              level: "warning" as const,
            },
          ],
        ]),
    ),
  };
}
