/**
 * A record document's field named as a person reads it: the typology schemes, the proposal form and
 * the importer already name most fields; curate.field names the rest. A nested path keeps its tail
 * ("participants.2.role" → "Stakeholders and their roles (2.role)"); an unknown field shows as it is.
 */
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";

const aliases: Record<string, string> = {
  type: "scheme.stakeholderType",
  model: "scheme.currencyModel",
  governance: "scheme.currencyGovernance",
};

/** The catalogue keys that may name a field, most specific first. */
export function toFieldKeys(field: string): string[] {
  return [
    aliases[field],
    `scheme.${field}`,
    `contribute.field.${field}`,
    `curate.field.${field}`,
    `imports.field.${field}`,
  ].filter((k): k is string => k !== undefined);
}

export function useRecordFieldLabel() {
  const { t } = useI18n();
  return (path: string): string => {
    const [field = path, ...rest] = path.split(".");
    for (const key of toFieldKeys(field)) {
      const text = t(key as MessageKey);
      if (text !== key) return rest.length ? `${text} (${rest.join(".")})` : text;
    }
    return path;
  };
}
