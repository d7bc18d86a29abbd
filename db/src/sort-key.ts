/**
 * The key a title sorts by: without the quotes and punctuation it may open with, accents folded and in
 * lower case, so "“Adopt a family…”" sorts under A and "Çanakkale" under C, not after Z. SQLite
 * compares text byte by byte (its NOCASE folds ASCII only), so lists sort by this stored key.
 */
export function toSortKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .toLowerCase()
    .replace(/ı/g, "i");
}
