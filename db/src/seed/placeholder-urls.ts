/**
 * Source addresses that look like placeholders rather than pages someone read (issue #15): a CMS slug left
 * in lorem ipsum, an example or test domain, or a path that repeats the same slug.
 */
import type { AtlasData, DataProblem } from "./data-files.ts";

/**
 * Lorem-ipsum words that do not occur in the slugs of the atlas's languages. Short or ambiguous ones
 * ("sit", "elit", "nulla", "mi", "maximus", "integer") are left out: they are Italian words, names or code.
 */
const loremWords = new Set([
  "lorem",
  "ipsum",
  "dolor",
  "amet",
  "consectetur",
  "adipiscing",
  "suspendisse",
  "maecenas",
  "vestibulum",
  "pellentesque",
  "curabitur",
  "phasellus",
  "fringilla",
  "tincidunt",
  "vulputate",
  "scelerisque",
  "sollicitudin",
  "ullamcorper",
  "dignissim",
  "malesuada",
  "condimentum",
  "venenatis",
  "hendrerit",
  "faucibus",
  "porttitor",
  "lobortis",
  "aliquam",
  "egestas",
  "euismod",
  "imperdiet",
  "rhoncus",
  "ligula",
  "mauris",
  "quisque",
  "praesent",
  "aenean",
  "nullam",
  "donec",
  "vivamus",
  "morbi",
  "pulvinar",
  "tristique",
  "convallis",
]);

/** Reserved for documentation and testing (RFC 2606 / RFC 6761): never a real source. */
const reservedHost = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;

/** The placeholder problem of every source whose address looks made up. */
export function checkPlaceholderUrls(data: AtlasData): DataProblem[] {
  return data.sources.flatMap((s) => {
    const reason = placeholderReason(s.url);
    return reason ? [{ file: "data/sources.json", record: s.id, field: "url", message: reason }] : [];
  });
}

/** Why an address looks like a placeholder, or undefined when it does not. */
export function placeholderReason(url: string): string | undefined {
  const u = new URL(url);
  if (reservedHost.test(u.hostname)) return `uses the reserved host ${u.hostname}, not a real page`;
  const words = decodeOrKeep(`${u.pathname} ${u.search}`)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => loremWords.has(w));
  if (words.length > 0) return `looks like a placeholder: "${[...new Set(words)].join(", ")}" is lorem ipsum`;
  const repeated = repeatedSlug(u.pathname);
  if (repeated) return `repeats the slug "${repeated}" in its path, a sign of a copied placeholder address`;
  return undefined;
}

/** Percent-decoded text; an address in a legacy encoding (`%AB` from Latin-1) is read as it is. */
function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A slug of several words (`city-as-commons`) that occurs twice in a path. Single words
 * (`/countries/albania/content/countries/`), dates and numeric ids repeat legitimately in real sites.
 */
function repeatedSlug(pathname: string): string | undefined {
  const seen = new Set<string>();
  for (const segment of pathname.split("/").map((s) => s.toLowerCase())) {
    if (!/[a-z]/.test(segment) || !/[a-z0-9][-_][a-z0-9]/.test(segment)) continue;
    if (seen.has(segment)) return segment;
    seen.add(segment);
  }
  return undefined;
}
