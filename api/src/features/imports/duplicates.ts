/**
 * Telling that two records are one: names alike once case, accents, articles and legal forms are set
 * aside ("Asociación Vecinal La Flor" ~ "La Flor, asociación vecinal"), with the same numbers, in the
 * same country, and, where both have a point, within a few kilometres. `duplicate-index.ts` finds the
 * candidates without comparing every pair.
 */
import { toToken } from "../../file-names.ts";

export interface Named {
  name: string;
  country?: string;
  latitude?: number;
  longitude?: number;
}

export type DuplicateOf<T> = { of: T; similarity: number; km: number | undefined };

const setAside = new Set(
  (
    "the a an of and for la las el los le les l il lo gli i de del della delle dei di du des d y et e per pour para " +
    "association asociacion associacio associazione cooperative cooperativa coop scic scop sl sa srl sas sarl " +
    "asbl ev onlus aps odv ets ong ngo foundation fundacion fondation fondazione ltd inc gmbh"
  ).split(" "),
);

/** The words of a name that tell it apart, in order. */
export function toNameWords(name: string): string[] {
  return toToken(name)
    .split(" ")
    .filter((w) => w && !setAside.has(w));
}

/** The text a name is compared by: its distinguishing words in alphabetical order, so word order does not matter. */
export function toNameKey(words: readonly string[]): string {
  return [...words].sort().join(" ");
}

/** The numbers in a name ("Distrito 3", "Centro 25 Aprile"), which tell apart places that share the rest. */
export function toNameNumbers(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Nd}+$/u.test(w))
    .map((w) => w.replace(/^0+(?=\d)/, ""))
    .sort()
    .join(" ");
}

/** How often each pair of adjacent characters occurs in a text. */
export function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of two bigram counts (`total` is the number of bigrams of both). */
export function diceOfBigrams(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, total: number): number {
  let shared = 0;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return total > 0 ? (2 * shared) / total : 0;
}

/** Sørensen–Dice similarity of two names' distinguishing words (sorted, so word order does not matter). */
export function nameSimilarity(a: string[], b: string[]): number {
  const x = toNameKey(a);
  const y = toNameKey(b);
  if (x === y) return 1;
  return diceOfBigrams(bigrams(x), bigrams(y), Math.max(0, x.length - 1) + Math.max(0, y.length - 1));
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: Named, b: Named): number | undefined {
  if (a.latitude === undefined || a.longitude === undefined || b.latitude === undefined || b.longitude === undefined)
    return undefined;
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
