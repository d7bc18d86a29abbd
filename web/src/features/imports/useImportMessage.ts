/**
 * A dry-run message in the reader's language: the server sends a stable code and the values the
 * sentence names; the sentence is the catalogue's. Countries, fields and vocabulary terms are named
 * by their labels. A code this page does not know yet falls back to the server's English sentence.
 */
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { type ReportMessage, toMessageKey } from "./messages.ts";
import { useFieldLabel, useValueLabel } from "./useValueLabel.ts";

/** The field a value belongs to, from a target ("stakeholderType") or a bundle path ("record.startYear"). */
function toFieldName(name: string): string {
  if (name === "stakeholderType") return "type";
  const [part, field] = name.split(".");
  if (part === "sources") return "sourceUrl";
  return field ?? name;
}

export function useImportMessage() {
  const { t, locale } = useI18n();
  const fieldLabel = useFieldLabel();
  const valueLabel = useValueLabel();
  const label = (name: string) => {
    const field = toFieldName(name);
    const text = fieldLabel(field);
    return text.startsWith("imports.field.") ? field : text;
  };
  return (m: ReportMessage): string => {
    const key = toMessageKey(m);
    if (!key) return m.message;
    const p = m.params;
    // Only distances are numbers to format; coordinates, years and rows are said as given.
    const vars: Record<string, string | number> = Object.fromEntries(
      Object.entries(p).map(([k, v]) => [k, k === "km" ? Number(v) : String(v)]),
    );
    if (typeof p.country === "string") vars.country = countryName(p.country, locale);
    if (typeof p.other === "string") vars.other = countryName(p.other, locale);
    if (typeof p.field === "string") vars.field = label(p.field);
    if (typeof p.target === "string") vars.field = label(p.target);
    if (typeof p.kept === "string" && typeof p.target === "string") vars.kept = valueLabel(p.target, p.kept);
    return t(key, vars);
  };
}
