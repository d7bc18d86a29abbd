import { useEffect } from "react";
import { hasChosenLocale, useI18n } from "../../i18n/i18n.tsx";
import { isLocale } from "../../i18n/locales.ts";

/**
 * A workshop's pages open in the workshop's language, as its facilitator set it, unless the reader has
 * picked a language in the menu: a group in Tunis meets in Arabic whatever its phones are set to. The
 * switch is for this visit only; it does not become the reader's choice.
 */
export function useWorkshopLanguage(language: string | undefined) {
  const { locale, setLocale } = useI18n();
  // Only when the workshop's language arrives or changes: a later pick in the menu is the reader's to keep.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reader's current language must not re-trigger it
  useEffect(() => {
    if (!language || !isLocale(language) || language === locale || hasChosenLocale()) return;
    setLocale(language, { remember: false });
  }, [language, setLocale]);
}
