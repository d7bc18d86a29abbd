/**
 * A status is only ever "as last reported" (issue #15): it is shown with the year of the report, never
 * as a bare "active" that reads as a fact about today.
 */
import type { I18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/translate.ts";

export function statusText(t: I18n["t"], status: string, statusYear: number | null): string {
  const label = t(`status.${status}` as MessageKey);
  // Years go in as text: number formatting would group them ("2,016").
  return statusYear === null ? label : t("status.lastReported", { status: label, year: String(statusYear) });
}
