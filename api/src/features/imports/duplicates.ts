/**
 * Telling that two records are one: names alike once case, accents, articles and legal forms are set
 * aside ("Asociación Vecinal La Flor" ~ "La Flor, asociación vecinal"), in the same country, and,
 * where both have a point, within a few kilometres. Candidates come from an index of name words, so a
 * file of 10,000 rows is checked against itself and the atlas without comparing every pair.
 */
import { toToken } from "./text.ts";

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

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of two names' distinguishing words (sorted, so word order does not matter). */
export function nameSimilarity(a: string[], b: string[]): number {
  const x = [...a].sort().join(" ");
  const y = [...b].sort().join(" ");
  if (x === y) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  const total = x.length - 1 + (y.length - 1);
  return total > 0 ? (2 * shared) / total : 0;
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

/** Words shared by more names than this are too common to find candidates by. */
const maxPostings = 400;

/** An index of named things to find the likely duplicates of another among them. */
export class DuplicateIndex<T> {
  private readonly entries: { item: T; named: Named; words: string[] }[] = [];
  private readonly byWord = new Map<string, number[]>();

  constructor(
    private readonly maxKm: number,
    private readonly minSimilarity = 0.85,
  ) {}

  add(item: T, named: Named): void {
    const words = toNameWords(named.name);
    const at = this.entries.push({ item, named, words }) - 1;
    for (const w of new Set(words)) {
      const list = this.byWord.get(w) ?? [];
      list.push(at);
      this.byWord.set(w, list);
    }
  }

  /** The most similar entry that counts as the same, if any. */
  find(named: Named): DuplicateOf<T> | undefined {
    const words = toNameWords(named.name);
    if (words.length === 0) return undefined;
    const candidates = new Set<number>();
    const lists = [...new Set(words)].map((w) => this.byWord.get(w) ?? []).sort((a, b) => a.length - b.length);
    for (const list of lists) {
      if (list.length > maxPostings && candidates.size > 0) break;
      for (const i of list.slice(0, maxPostings * 4)) candidates.add(i);
    }
    let best: DuplicateOf<T> | undefined;
    for (const i of candidates) {
      const other = this.entries[i];
      if (!other || (named.country && other.named.country && named.country !== other.named.country)) continue;
      const km = distanceKm(named, other.named);
      if (km !== undefined && km > this.maxKm) continue;
      const similarity = nameSimilarity(words, other.words);
      if (similarity >= this.minSimilarity && (!best || similarity > best.similarity))
        best = { of: other.item, similarity, km };
    }
    return best;
  }
}
