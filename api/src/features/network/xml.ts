/** Text and attribute values made safe for XML 1.0. */

// Control characters other than tab, line feed and carriage return are not allowed in XML 1.0 at all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed
const invalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string | number | boolean): string {
  return String(value)
    .replace(invalid, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
