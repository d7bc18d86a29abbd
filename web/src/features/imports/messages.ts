/** Which catalogue sentence says a dry-run message: the code, and a form for values present or not. */
import type { MessageKey } from "../../i18n/translate.ts";
import type { DryRun } from "./queries.ts";

export type ReportMessage = DryRun["report"]["items"][number]["messages"][number];

export const messageCodes = new Set([
  "csv_malformed",
  "geometry_not_point",
  "coordinates_incomplete",
  "coordinates_out_of_range",
  "coordinates_null_island",
  "country_from_point",
  "point_outside_country",
  "coordinates_swapped",
  "missing_required",
  "invalid_number",
  "invalid_year",
  "invalid_url",
  "several_values",
  "unknown_country",
  "unknown_term",
  "invalid_value",
  "duplicate_row",
  "duplicate_record",
  "duplicate_proposal",
  "status_without_year",
  "end_before_start",
]);

/** The catalogue key of a message: some sentences change with a value that is there or not. */
export function toMessageKey(m: Pick<ReportMessage, "code" | "level" | "params">): MessageKey | undefined {
  if (!messageCodes.has(m.code)) return undefined;
  const near = m.params.km !== undefined && m.code.startsWith("duplicate_");
  const leftOut = m.level === "warning" && (m.code === "unknown_country" || m.code === "unknown_term");
  const elsewhere = m.code === "point_outside_country" && m.params.other !== undefined;
  const suffix = near ? "_near" : leftOut ? "_left_out" : elsewhere ? "_in" : "";
  return `imports.message.${m.code}${suffix}` as MessageKey;
}
