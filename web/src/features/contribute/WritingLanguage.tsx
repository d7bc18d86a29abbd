/**
 * The language a proposal is written in, the reader's own by default: the record keeps its words as the
 * original and says so, and translations are made from it.
 */
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { localeInfo, locales } from "../../i18n/locales.ts";

export function WritingLanguage(props: { value: string; onChange: (language: string) => void; error?: string }) {
  const { t, locale } = useI18n();
  return (
    <Field label={t("contribute.language")} hint={t("contribute.languageHint")} error={props.error}>
      {(p) => (
        <select {...p} value={props.value || locale} onChange={(e) => props.onChange(e.target.value)}>
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {localeInfo[l].name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
