/** The language of the interface: chosen once, remembered across visits, applied to <html lang dir>. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { recall, remember } from "../lib/storage.ts";
import { loadCatalogue, loadedCatalogue } from "./catalogues.ts";
import { setCurrentLocale } from "./current-locale.ts";
import { type Locale, localeInfo, pickLocale } from "./locales.ts";
import { type MessageKey, type PluralKey, translate, translatePlural, type Vars } from "./translate.ts";

const storageKey = "atlas.locale";

export interface I18n {
  locale: Locale;
  dir: "ltr" | "rtl";
  /** Switches the language; `remember: false` applies it for this visit without making it the reader's choice. */
  setLocale: (locale: Locale, options?: { remember?: boolean }) => void;
  t: (key: MessageKey, vars?: Vars) => string;
  tp: (key: PluralKey, count: number, vars?: Vars) => string;
  formatNumber: (value: number) => string;
  formatDate: (isoDate: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** The remembered language; storage can be blocked (private modes, strict settings), then the browser's languages apply. */
function storedLocale(): string | null {
  return recall(storageKey) ?? null;
}

/** The reader's language: remembered, else the browser's first we speak. */
export function initialLocale(): Locale {
  return pickLocale(storedLocale(), navigator.languages ?? [navigator.language]);
}

/** Whether the reader picked a language in the menu (a page may then not impose its own, as a workshop's). */
export const hasChosenLocale = () => storedLocale() !== null;

/** Renders its children once the reader's catalogue has loaded (main.tsx starts loading it first thing). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [ready, setReady] = useState(() => loadedCatalogue(locale) !== undefined);
  const dir = localeInfo[locale].dir;

  useEffect(() => {
    if (ready) return;
    let current = true;
    // A catalogue that fails to load leaves the keys showing rather than a blank page.
    const done = () => current && setReady(true);
    loadCatalogue(locale).then(done, done);
    return () => {
      current = false;
    };
  }, [ready, locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);

  const setLocale = useCallback((next: Locale, options?: { remember?: boolean }) => {
    // Not remembered when storage is blocked, but applied for this visit.
    if (options?.remember !== false) remember(storageKey, next);
    // The page stays in the current language until the new catalogue is there.
    const apply = () => setLocaleState(next);
    loadCatalogue(next).then(apply, apply);
  }, []);

  // Set while rendering, so that children rendering in the new language build their requests and messages in it.
  setCurrentLocale(locale);

  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(locale);
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    return {
      locale,
      dir,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      tp: (key, count, vars) => translatePlural(locale, key, count, vars),
      formatNumber: (n) => numbers.format(n),
      formatDate: (iso) => dates.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    };
  }, [locale, dir, setLocale]);

  return <I18nContext.Provider value={value}>{ready ? children : null}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n needs an <I18nProvider> above it");
  return context;
}
