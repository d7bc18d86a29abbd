/** Sources as the forms hold them, and as the data format wants them. */
import { toSlug } from "@atlas/api/contract";

export interface SourceDraft {
  key: string;
  url: string;
  title: string;
  publisher: string;
  year: string;
}

export const newKey = () => Math.random().toString(36).slice(2, 10);

export const emptySource = (): SourceDraft => ({ key: newKey(), url: "", title: "", publisher: "", year: "" });

/** A number typed in a text box, or undefined when the box is empty (the server judges the rest). */
export function toNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : (trimmed as unknown as number);
}

export const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());

/** The id a source gets in a bundle: the record's id and its place in the list. */
export const sourceId = (recordId: string, index: number) => `${toSlug(recordId, 50) || "source"}-source-${index + 1}`;

export function toSourceRecord(source: SourceDraft, id: string) {
  return {
    id,
    url: source.url.trim(),
    title: source.title.trim(),
    publisher: optional(source.publisher),
    year: toNumber(source.year),
  };
}

/** The domain a link points to, shown beside it so no one is misled by its title. */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
