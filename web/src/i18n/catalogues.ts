/**
 * The message catalogues, one chunk per language: a reader downloads only their own. Loaded once each;
 * translate() reads those loaded.
 */
import type { Locale } from "./locales.ts";

export type Catalogue = Record<string, string>;

const files = import.meta.glob<Catalogue>("./catalogues/*.json", { import: "default" });
const loaded = new Map<Locale, Catalogue>();
const loading = new Map<Locale, Promise<Catalogue>>();

export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const existing = loading.get(locale);
  if (existing) return existing;
  const file = files[`./catalogues/${locale}.json`];
  if (!file) return Promise.reject(new Error(`no catalogue for ${locale}`));
  const load = file().then((catalogue) => {
    loaded.set(locale, catalogue);
    return catalogue;
  });
  load.catch(() => loading.delete(locale));
  loading.set(locale, load);
  return load;
}

export function loadedCatalogue(locale: Locale): Catalogue | undefined {
  return loaded.get(locale);
}
