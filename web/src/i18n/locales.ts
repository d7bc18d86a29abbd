/** The languages of the interface, each with its writing direction and native name. */
import { locales } from "@atlas/api/contract";

export { locales };
export type Locale = (typeof locales)[number];

export const localeInfo: Record<Locale, { name: string; dir: "ltr" | "rtl" }> = {
  en: { name: "English", dir: "ltr" },
  es: { name: "Español", dir: "ltr" },
  fr: { name: "Français", dir: "ltr" },
  ar: { name: "العربية", dir: "rtl" },
  it: { name: "Italiano", dir: "ltr" },
  el: { name: "Ελληνικά", dir: "ltr" },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that we speak, else English. */
export function pickLocale(stored: string | null, preferred: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return "en";
}
