/**
 * The language a proposal is written in, the reader's own by default: the record keeps its words as the
 * original and says so, and translations are made from it.
 */
import { Field } from "../../components/Field.tsx";
import { LocaleOptions } from "../../components/LocaleOptions.tsx";
import { useI18n } from "../../i18n/i18n.tsx";

export function WritingLanguage(props: { value: string; onChange: (language: string) => void; error?: string }) {
  const { t, locale } = useI18n();
  return (
    <Field label={t("contribute.language")} hint={t("contribute.languageHint")} error={props.error}>
      {(p) => (
        <select {...p} value={props.value || locale} onChange={(e) => props.onChange(e.target.value)}>
          <LocaleOptions />
        </select>
      )}
    </Field>
  );
}
