import { useId } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { isLocale } from "../i18n/locales.ts";
import { LocaleOptions } from "./LocaleOptions.tsx";

export function LanguageSwitcher() {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t("language.label")}</label>
      <select id={id} value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
        <LocaleOptions />
      </select>
    </div>
  );
}
