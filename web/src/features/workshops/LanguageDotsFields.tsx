import { LocaleOptions } from "../../components/LocaleOptions.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { isLocale, type locales } from "../../i18n/locales.ts";
import { Field } from "./Field.tsx";

interface Props {
  language: string;
  onLanguage: (language: (typeof locales)[number]) => void;
  dots: string;
  onDots: (dots: string) => void;
  errors: { language?: string; dotsPerMember?: string };
}

/** The workshop's language and each member's dot budget, as set at creation and changed later. */
export function LanguageDotsFields({ language, onLanguage, dots, onDots, errors }: Props) {
  const { t } = useI18n();
  return (
    <div className="ws-row">
      <Field
        label={t("workshops.settings.language")}
        hint={t("workshops.settings.languageHint")}
        error={errors.language}
      >
        {(props) => (
          <select {...props} value={language} onChange={(e) => isLocale(e.target.value) && onLanguage(e.target.value)}>
            <LocaleOptions />
          </select>
        )}
      </Field>
      <Field label={t("workshops.settings.dots")} error={errors.dotsPerMember}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={1}
            max={50}
            value={dots}
            onChange={(e) => onDots(e.target.value)}
            required
          />
        )}
      </Field>
    </div>
  );
}
