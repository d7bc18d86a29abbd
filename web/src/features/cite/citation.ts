/**
 * A view's citation in three forms: an APA-like sentence (its words from the catalogue, so it reads in
 * the interface language), BibTeX and CSL-JSON. The author is the atlas as an organisation; the date
 * is when the cited content last changed; the version names the release and the exact content.
 */

export interface CitedDataset {
  title: string;
  publisher: string;
  version: string;
  label: string;
  shortHash: string;
  hash: string;
  modified: string;
  licence: { id: string; url: string };
}

export interface Citation {
  /** What the reader looked at, in their language: "Explore cases — Country: Tunisia". */
  viewTitle: string;
  /** The permalink of the view, with the dataset version and the date of citing. */
  url: string;
  /** The day the view was cited, YYYY-MM-DD. */
  accessed: string;
  dataset: CitedDataset;
}

/** Adds the dataset version and the date to a view's address; other parameters stay as they are. */
export function toPermalink(href: string, dataset: Pick<CitedDataset, "label">, accessed: string): string {
  const url = new URL(href);
  url.searchParams.set("dataset", dataset.label);
  url.searchParams.set("cited", accessed);
  url.hash = "";
  return url.toString();
}

/** What a permalink says it was cited on, if it does. */
export function parseCitedVersion(search: string): { label: string; cited: string | null } | null {
  const params = new URLSearchParams(search);
  const label = params.get("dataset");
  if (!label || !/^\d+\.\d+\.\d+\+[0-9a-f]{6,64}$/.test(label)) return null;
  const cited = params.get("cited");
  return { label, cited: cited && /^\d{4}-\d{2}-\d{2}$/.test(cited) ? cited : null };
}

const year = (isoDate: string) => isoDate.slice(0, 4);

/** LaTeX's special characters escaped, so any title or address compiles. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (ch) => {
    if (ch === "\\") return "\\textbackslash{}";
    if (ch === "^") return "\\textasciicircum{}";
    if (ch === "~") return "\\textasciitilde{}";
    return `\\${ch}`;
  });
}

/** A key that is stable for the same view, content and day: `atlas-1-0-0-a1b2c3d4-2026-11-30`. */
export function toBibtexKey(c: Citation): string {
  return `atlas-${c.dataset.version.replace(/\./g, "-")}-${c.dataset.shortHash.slice(0, 8)}-${c.accessed}`;
}

export function toBibtex(c: Citation): string {
  const d = c.dataset;
  // The address goes in verbatim: \url{} and url = {} take it as it is, escaping would break it.
  const fields: [string, string][] = [
    ["author", `{${escapeBibtex(d.publisher)}}`],
    ["title", escapeBibtex(`${c.viewTitle}. ${d.title}`)],
    ["year", year(d.modified)],
    ["version", escapeBibtex(d.label)],
    ["publisher", escapeBibtex(d.publisher)],
    ["howpublished", `\\url{${c.url}}`],
    ["url", c.url],
    ["urldate", c.accessed],
    ["note", escapeBibtex(`Dataset version ${d.label}, content SHA-256 ${d.hash}; ${d.licence.id}`)],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@misc{${toBibtexKey(c)},\n${body}\n}\n`;
}

const dateParts = (isoDate: string) => [isoDate.split("-").map(Number)];

/** CSL-JSON (citeproc's input: Zotero, Pandoc, Mendeley read it), one item in an array. */
export function toCslJson(c: Citation) {
  const d = c.dataset;
  return [
    {
      id: toBibtexKey(c),
      type: "dataset",
      title: `${c.viewTitle}. ${d.title}`,
      author: [{ literal: d.publisher }],
      publisher: d.publisher,
      issued: { "date-parts": dateParts(d.modified) },
      accessed: { "date-parts": dateParts(c.accessed) },
      version: d.label,
      URL: c.url,
      license: d.licence.url,
      note: `Content SHA-256 ${d.hash}`,
    },
  ];
}

/**
 * The APA-like sentence, from a catalogue template with {author} {year} {title} {dataset} {version}
 * {publisher} {date} {url}: APA 7's pattern for a data set, in the reader's language.
 */
export function toTextCitation(c: Citation, template: string, formatDate: (isoDate: string) => string): string {
  const d = c.dataset;
  const values: Record<string, string> = {
    author: d.publisher,
    year: year(d.modified),
    title: c.viewTitle,
    dataset: d.title,
    version: d.label,
    publisher: d.publisher,
    date: formatDate(c.accessed),
    url: c.url,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
