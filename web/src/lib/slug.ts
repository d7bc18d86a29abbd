import { toSlug } from "@atlas/api/contract";

/** A slug from the text, or from the fallback and a random tail when the text has no Latin letters. */
export function toIdSlug(text: string, fallback: string): string {
  const slug = toSlug(text);
  return slug.length >= 3 ? slug : `${fallback}-${Math.random().toString(36).slice(2, 8)}`;
}
