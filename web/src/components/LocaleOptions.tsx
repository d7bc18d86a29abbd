import { localeInfo, locales } from "../i18n/locales.ts";

/** The six languages as a select's options, each named in itself and tagged with its own lang. */
export function LocaleOptions() {
  return locales.map((l) => (
    <option key={l} value={l} lang={l}>
      {localeInfo[l].name}
    </option>
  ));
}
