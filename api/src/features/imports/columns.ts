/**
 * Which column holds which field, guessed from the header names: a name that is one of a field's names
 * scores by how early that name stands in its list; the best pairs are taken first, each column and
 * each field used at most once.
 */

import { toToken } from "../../file-names.ts";
import { fieldSpecs, type ImportKind } from "./fields.ts";
import { headerNames } from "./header-names.ts";

/** A header name as tokens, camelCase split first: "address.addressCountry" -> "address address country". */
export function toHeaderToken(name: string): string {
  return toToken(name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/\(\d+\)$/, ""));
}

const tokenLists = new Map(Object.entries(headerNames).map(([field, names]) => [field, names.map(toToken)]));

function score(field: string, header: string): number {
  const names = tokenLists.get(field) ?? [];
  const token = toHeaderToken(header);
  const exact = names.indexOf(token);
  if (exact >= 0) return 1000 - exact;
  // "Location.lat", "geo_lat", "address.country": the last word(s) of a dotted or prefixed name.
  const words = token.split(" ");
  for (let n = words.length - 1; n >= 1; n--) {
    const tail = names.indexOf(words.slice(-n).join(" "));
    if (tail >= 0) return 500 - tail - (words.length - n);
  }
  return 0;
}

/**
 * Field -> column header, for the fields a header could be found for. `suits` (0 to 1) says how well a
 * column's values suit a field with a closed list: Participedia's `type` column holds "organization"
 * on every row, and its `sector` the organisation's type.
 */
export function guessColumns(
  kind: ImportKind,
  header: string[],
  suits: (field: string, header: string) => number = () => 1,
): Record<string, string> {
  const pairs = fieldSpecs[kind].flatMap((f) =>
    header.map((h, i) => {
      const named = score(f.name, h);
      return { field: f.name, header: h, score: named && named * (0.5 + suits(f.name, h)), position: i };
    }),
  );
  const ranked = pairs.filter((p) => p.score > 0).sort((a, b) => b.score - a.score || a.position - b.position);
  const columns: Record<string, string> = {};
  const used = new Set<string>();
  for (const p of ranked) {
    if (columns[p.field] !== undefined || used.has(p.header)) continue;
    columns[p.field] = p.header;
    used.add(p.header);
  }
  return columns;
}
