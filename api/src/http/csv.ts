/**
 * CSV as RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break).
 * Text a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
 * apostrophe, following OWASP's advice on CSV injection.
 */
export type CsvValue = string | number | boolean | null;

export function toCsvField(value: CsvValue): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: CsvValue[][]): string {
  return `${rows.map((row) => row.map(toCsvField).join(",")).join("\r\n")}\r\n`;
}
