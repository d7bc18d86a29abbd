/**
 * How the atlas names things made from text: record ids (slugs of the data format) and the files it
 * offers for download. The web app uses the same rules through `@atlas/api/contract`, so a picture
 * it saves and a file the API sends for the same view carry the same name.
 */

/** Lower case, accents and punctuation removed, words separated by one space: "Coopérative_Sociale" -> "cooperative sociale". */
export function toToken(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A slug as the data files use for ids: lower-case Latin letters, digits and single hyphens. */
export function toSlug(value: string, maxLength = 60): string {
  const slug = toToken(value)
    .replace(/[^a-z0-9 ]/g, "")
    .trim()
    .replace(/ +/g, "-");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}

/** A download of the network: what it shows (one case's id, or the view) and, for CSV, which part. */
export const networkFileName = (what: string, extension: string, part?: string) =>
  `atlas-network-${what}${part ? `-${part}` : ""}.${extension}`;
