/**
 * Text from other platforms, made safe and comparable: HTML reduced to plain text (never rendered),
 * entities decoded, and tokens normalised so that "Non-Profit or Non Governmental",
 * "non_profit_non_gov" and "NON PROFIT" can be compared.
 */
import { decodeHTML } from "entities";

const blockTags =
  /<\s*\/?\s*(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|hr|dd|dt|header|footer)\b[^>]*>/gi;

/** Whether a cell holds markup worth stripping (a tag or an entity), so plain text skips the work. */
export function looksLikeHtml(text: string): boolean {
  return /<[a-z!/][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i.test(text);
}

/**
 * Plain text of an HTML fragment: scripts, styles and comments dropped, block elements as line breaks,
 * other tags removed, entities decoded, runs of spaces collapsed. The result is only ever shown as text.
 */
export function toPlainText(html: string): string {
  if (!looksLikeHtml(html)) return html.trim();
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(/<\s*(script|style|template)\b[\s\S]*?(<\s*\/\s*\1\s*>|$)/gi, " ")
    .replace(blockTags, "\n")
    .replace(/<\/?[a-z][^>]*>/gi, "");
  return decodeHTML(text)
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v]+/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}

/**
 * The values of a multi-valued cell: split on semicolons, pipes, line breaks, bullets and commas (the
 * separators of Participedia, Kumu, GoGoCarto and spreadsheets), trimmed, empty ones dropped.
 */
export function splitValues(cell: string): string[] {
  return cell
    .split(/\s*(?:[;|\n\r•·]|,(?!\d))\s*/)
    .map((v) => v.trim())
    .filter((v) => v !== "");
}
