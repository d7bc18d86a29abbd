/** A run of text someone typed: plain words, or an address that becomes a link. */
export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// http(s) addresses and bare "www." ones, up to the first space or angle bracket.
const address = /\b(?:https?:\/\/|www\.)[^\s<>]+/gi;
// Punctuation that closes a sentence rather than belonging to the address ("see https://x.org.").
const trailing = /[.,;:!?'"”’)\]}]+$/;

/**
 * Splits user text into words and links. Only http(s) addresses become links, so a
 * `javascript:` or `data:` address stays text; a bare "www." address gets https.
 */
export function toTextParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(address)) {
    const start = match.index;
    const raw = match[0];
    const url = raw.replace(trailing, "");
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    const href = /^www\./i.test(url) ? `https://${url}` : url;
    parts.push(isHttp(href) ? { kind: "link", text: url, href } : { kind: "text", text: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

function isHttp(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
