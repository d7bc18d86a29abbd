/**
 * The interface language outside React: the API client sends it as Accept-Language, and error
 * messages built from the API's codes read it. The I18nProvider keeps it in step as it renders.
 */
import type { Locale } from "./locales.ts";

let current: Locale = "en";

export function setCurrentLocale(locale: Locale): void {
  current = locale;
}

export function currentLocale(): Locale {
  return current;
}
