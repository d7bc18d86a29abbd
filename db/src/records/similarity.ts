/**
 * How alike two names are, for finding a record proposed twice: names folded (case, diacritics,
 * punctuation, a few generic words) and compared by their character trigrams (Jaccard), which
 * forgives word order, small typos and added words such as "Association".
 */

const generic = new Set([
  "the",
  "of",
  "and",
  "de",
  "del",
  "la",
  "las",
  "los",
  "el",
  "le",
  "les",
  "des",
  "du",
  "di",
  "della",
  "dei",
  "e",
  "y",
  "et",
  "i",
  "l",
  "d",
  "da",
  "do",
  "dos",
  "das",
  "a",
  "al",
]);

/** Lower case, no diacritics, letters and digits only, generic words dropped. */
export function toComparableName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((w) => w && !generic.has(w))
    .join(" ");
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** 0 (nothing shared) to 1 (the same name once folded). */
export function nameSimilarity(a: string, b: string): number {
  const x = toComparableName(a);
  const y = toComparableName(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const left = trigrams(x);
  const right = trigrams(y);
  let shared = 0;
  for (const t of left) if (right.has(t)) shared++;
  return shared / (left.size + right.size - shared);
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
