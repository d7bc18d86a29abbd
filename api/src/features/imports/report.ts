/**
 * The dry-run report: counts and one item per row of the file, as the command line writes it with
 * `--report FILE.json` and the web page downloads it as CSV.
 */
import { toCsv } from "../../http/csv.ts";
import type { MessageParams, RowMessage, RowStatus } from "./table.ts";

export interface ReportItem {
  row: number;
  status: RowStatus;
  messages: {
    column: string | null;
    code: string;
    level: RowMessage["level"];
    params: MessageParams;
    message: string;
  }[];
}

export interface ImportReport {
  rows: number;
  ok: number;
  warnings: number;
  errors: number;
  duplicates: number;
  items: ReportItem[];
}

export const duplicateCodes = new Set(["duplicate_record", "duplicate_proposal", "duplicate_row"]);

export function toRowStatus(messages: RowMessage[]): RowStatus {
  if (messages.some((m) => m.level === "error")) return "error";
  return messages.length > 0 ? "warning" : "ok";
}

export function toReport(rows: { row: number; messages: RowMessage[] }[]): ImportReport {
  const items = rows.map(({ row, messages }) => ({
    row,
    status: toRowStatus(messages),
    messages: messages.map(({ column, code, level, params, message }) => ({
      column,
      code,
      level,
      params: params ?? {},
      message,
    })),
  }));
  const count = (status: RowStatus) => items.filter((i) => i.status === status).length;
  return {
    rows: items.length,
    ok: count("ok"),
    warnings: count("warning"),
    errors: count("error"),
    duplicates: items.filter((i) => i.messages.some((m) => duplicateCodes.has(m.code))).length,
    items,
  };
}

/** One line per message (a row without any gets one line with its status), for a spreadsheet. */
export function toReportCsv(report: ImportReport): string {
  const lines = report.items.flatMap((item) =>
    item.messages.length === 0
      ? [[item.row, item.status, "", "", ""]]
      : item.messages.map((m) => [item.row, item.status, m.column ?? "", m.code, m.message]),
  );
  return toCsv([["row", "status", "column", "code", "message"], ...lines]);
}
