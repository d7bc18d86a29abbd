/**
 * Search text, folded per script so that a query matches however it is written: case and diacritics
 * folded; Arabic alef forms, taa marbuta, alef maqsura, tashkeel and tatweel; Greek accents and final
 * sigma; apostrophes and hyphens ("co-operative" = "cooperative", and both halves are words too).
 */

const arabicMarks = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g; // tashkeel, Quranic marks, tatweel

/** A word as the stemmers expect it: lower case, without diacritics, tashkeel or tatweel. */
export function lightFold(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(arabicMarks, "");
}

/** One word folded: lower case, no diacritics, Arabic and Greek letter variants made one. */
export function foldWord(word: string): string {
  return lightFold(word)
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627") // آ أ إ ٱ -> ا
    .replace(/\u0629/g, "\u0647") // ة -> ه
    .replace(/\u0649/g, "\u064a") // ى -> ي
    .replace(/\u0624/g, "\u0648") // ؤ -> و
    .replace(/\u0626/g, "\u064a") // ئ -> ي
    .replace(/ς/g, "σ")
    .replace(/ß/g, "ss")
    .replace(/[œ]/g, "oe")
    .replace(/[æ]/g, "ae")
    .replace(/ı/g, "i");
}

const joiners = /['’ʼ`´‐‑‒–-]/u;
/** A run of letters and digits, possibly joined by apostrophes or hyphens (l'économie, co-operative). */
const tokenPattern = /[\p{L}\p{N}\p{Mn}]+(?:['’ʼ`´‐‑‒–-][\p{L}\p{N}\p{Mn}]+)*/gu;

export interface Token {
  /** The folded word; for a joined word, the parts run together. */
  word: string;
  /** The word as stemmers take it (see lightFold). */
  light: string;
  /** The folded parts of a joined word (empty when it has none). */
  parts: string[];
  /** Where the token stands in the text, for highlighting. */
  start: number;
  end: number;
}

/** The words of a text, folded, with where each stands. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const token = toToken(m[0], m.index);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** The raw words of a text, as written (see tokenize for the folded ones). */
export function rawWords(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/** One raw word folded, standing at `start` of its text; undefined if nothing is left of it. */
export function toToken(raw: string, start = 0): Token | undefined {
  const pieces = raw.split(joiners).map(foldWord).filter(Boolean);
  const word = pieces.join("");
  if (!word) return undefined;
  const light = lightFold(raw.split(joiners).join(""));
  return { word, light, parts: pieces.length > 1 ? pieces : [], start, end: start + raw.length };
}
