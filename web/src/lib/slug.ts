/** A slug of the data format (lower-case ASCII letters, digits, single hyphens) from any text. */
export function toSlug(text: string, maxLength = 60): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
}

/** A slug from the text, or from the fallback and a random tail when the text has no Latin letters. */
export function toIdSlug(text: string, fallback: string): string {
  const slug = toSlug(text);
  return slug.length >= 3 ? slug : `${fallback}-${Math.random().toString(36).slice(2, 8)}`;
}
