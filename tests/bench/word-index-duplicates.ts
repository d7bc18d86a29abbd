/**
 * The importer's duplicate finder as it was until 2026-11-30, kept as the benchmark's baseline: an
 * index of name words, every entry under a shared word compared (capped at 1,600 a word, which cost
 * recall), and each comparison recomputing both names' bigrams.
 */
import { type DuplicateOf, distanceKm, type Named, nameSimilarity, toNameWords } from "@atlas/api/imports/duplicates";

const maxPostings = 400;

export class WordIndexDuplicates<T> {
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
