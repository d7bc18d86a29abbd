/**
 * Finding the likely duplicates of a name among many without comparing every pair: an exact-name
 * block, then prefix filtering on character bigrams (Chaudhuri et al., "A primitive operator for
 * similarity joins", ICDE 2006). Two names with a Dice similarity of at least t share at least
 * ceil(n·t/(2−t)) of the n bigrams of either, so they must share one of the first few bigrams of
 * each in any fixed order; only those are indexed and looked up. Putting the rarest bigrams first
 * keeps the lists short, and so does keeping one list per country and per set of numbers, which
 * duplicates must share anyway. Unlike an index of whole words, this also finds a typo in the only word
 * that tells a name apart ("Girasol" ~ "Girasole"), and it never drops candidates to stay fast.
 */
import {
  bigrams,
  type DuplicateOf,
  diceOfBigrams,
  distanceKm,
  type Named,
  toNameKey,
  toNameNumbers,
  toNameWords,
} from "./duplicates.ts";

interface Entry<T> {
  item: T;
  named: Named;
  key: string;
  numbers: string;
  grams: Map<string, number>;
  /** Number of bigrams, counting repeats. */
  size: number;
}

interface Prepared {
  key: string;
  numbers: string;
  grams: Map<string, number>;
  size: number;
  /** The bigram occurrences ("ar#1", "ar#2" for a repeated one), rarest first. */
  tokens: string[];
}

export interface DuplicateIndexOptions {
  /** Dice similarity of the names from which two records count as one. */
  minSimilarity?: number;
  /** Names that will be added or looked up, to learn which bigrams are rare (any order is correct). */
  sample?: Iterable<string>;
}

export class DuplicateIndex<T> {
  private readonly entries: Entry<T>[] = [];
  private readonly byKey = new Map<string, number[]>();
  /** Prefix bigrams, within blocks of the same numbers and the same country (see `blocks`). */
  private readonly byToken = new Map<string, number[]>();
  private readonly frequency = new Map<string, number>();
  /** Names already read (the sample's, mostly), by name as given. */
  private readonly read = new Map<string, { key: string; grams: Map<string, number> }>();
  /** The last name prepared: a row is looked up, then added. */
  private last: { name: string; prepared: Prepared } | undefined;
  private readonly minSimilarity: number;
  /** The share of a name's bigrams any name similar enough to it must share: t/(2−t) for Dice. */
  private readonly minShare: number;
  /** Per entry, the last lookup that saw it, so a candidate found by several bigrams is checked once. */
  private seen = new Int32Array(64);
  private lookups = 0;

  constructor(
    private readonly maxKm: number,
    options: DuplicateIndexOptions = {},
  ) {
    this.minSimilarity = options.minSimilarity ?? 0.85;
    this.minShare = this.minSimilarity / (2 - this.minSimilarity);
    for (const name of options.sample ?? []) {
      for (const [g, n] of this.readName(name).grams) {
        for (let k = 1; k <= n; k++) this.frequency.set(`${g}#${k}`, (this.frequency.get(`${g}#${k}`) ?? 0) + 1);
      }
    }
  }

  add(item: T, named: Named): void {
    const p = this.prepare(named.name);
    const at = this.entries.push({ item, named, key: p.key, numbers: p.numbers, grams: p.grams, size: p.size }) - 1;
    if (p.key) append(this.byKey, p.key, at);
    const country = named.country ?? "";
    for (const token of p.tokens.slice(0, this.prefixLength(p.size))) {
      append(this.byToken, `*|${p.numbers}|${token}`, at);
      append(this.byToken, `${country}|${p.numbers}|${token}`, at);
    }
  }

  /** The most similar entry that counts as the same, if any (the earliest added among equals). */
  find(named: Named): DuplicateOf<T> | undefined {
    const p = this.prepare(named.name);
    if (!p.key) return undefined;
    this.lookups++;
    if (this.seen.length < this.entries.length) this.seen = grow(this.seen, this.entries.length);
    let best: { at: number; found: DuplicateOf<T> } | undefined;
    const consider = (at: number) => {
      if (this.seen[at] === this.lookups) return;
      this.seen[at] = this.lookups;
      const found = this.compare(named, p, at);
      if (!found) return;
      if (
        !best ||
        found.similarity > best.found.similarity ||
        (found.similarity === best.found.similarity && at < best.at)
      )
        best = { at, found };
    };
    for (const at of this.byKey.get(p.key) ?? []) consider(at);
    // A name in a country can only be one in the same country or in none; a name without a country, any.
    const blocks = named.country ? [`${named.country}|${p.numbers}|`, `|${p.numbers}|`] : [`*|${p.numbers}|`];
    for (const token of p.tokens.slice(0, this.prefixLength(p.size))) {
      for (const block of blocks) for (const at of this.byToken.get(block + token) ?? []) consider(at);
    }
    return best?.found;
  }

  private compare(named: Named, p: Prepared, at: number): DuplicateOf<T> | undefined {
    const other = this.entries[at] as Entry<T>;
    if (other.size < p.size * this.minShare || p.size < other.size * this.minShare) return undefined;
    if (named.country && other.named.country && named.country !== other.named.country) return undefined;
    if (p.numbers !== other.numbers) return undefined;
    const km = distanceKm(named, other.named);
    if (km !== undefined && km > this.maxKm) return undefined;
    const similarity = p.key === other.key ? 1 : diceOfBigrams(p.grams, other.grams, p.size + other.size);
    return similarity >= this.minSimilarity ? { of: other.item, similarity, km } : undefined;
  }

  /** How many of a name's first bigrams any similar enough name must share one of. */
  private prefixLength(size: number): number {
    return size - Math.ceil(size * this.minShare - 1e-9) + 1;
  }

  private prepare(name: string): Prepared {
    if (this.last?.name === name) return this.last.prepared;
    const { key, grams } = this.readName(name);
    const ranked = toTokens(grams).map((token) => ({ token, frequency: this.frequency.get(token) ?? 0 }));
    ranked.sort((a, b) => a.frequency - b.frequency || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
    const tokens = ranked.map((r) => r.token);
    const prepared = { key, numbers: toNameNumbers(key.split(" ")), grams, size: tokens.length, tokens };
    this.last = { name, prepared };
    return prepared;
  }

  private readName(name: string): { key: string; grams: Map<string, number> } {
    const known = this.read.get(name);
    if (known) return known;
    const key = toNameKey(toNameWords(name));
    const read = { key, grams: bigrams(key) };
    this.read.set(name, read);
    return read;
  }
}

/** A bigram repeated in a name becomes distinct tokens ("an#1", "an#2"), so overlaps count repeats. */
function toTokens(grams: ReadonlyMap<string, number>): string[] {
  const tokens: string[] = [];
  for (const [g, n] of grams) for (let k = 1; k <= n; k++) tokens.push(`${g}#${k}`);
  return tokens;
}

function append(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

function grow(seen: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(needed, seen.length * 2));
  bigger.set(seen);
  return bigger;
}
