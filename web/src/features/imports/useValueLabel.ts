/** The label of a key a value maps to, in the reader's language: a country, a status, a scale or a term. */
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { type Scheme, useTerms } from "../vocabularies/queries.ts";

export function useValueLabel() {
  const { t, locale } = useI18n();
  const terms = useTerms();
  return (target: string, key: string): string => {
    if (target === "country") return `${countryName(key, locale)} (${key})`;
    if (target === "status" || target === "scale") return t(`${target}.${key}` as MessageKey);
    return terms.label(target as Scheme, key);
  };
}

const schemeFields = new Set(["phase", "level", "collaborationType", "policyDomain", "need", "doughnutDimension"]);

/** A field's label: the typology schemes have theirs, the other fields are named under imports.field. */
export function useFieldLabel() {
  const { t } = useI18n();
  return (field: string): string =>
    t((schemeFields.has(field) ? `scheme.${field}` : `imports.field.${field}`) as MessageKey);
}
