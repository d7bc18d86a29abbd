/**
 * Message lookup: `{name}` placeholders, plural forms chosen by Intl.PluralRules (`key.one`,
 * `key.other`, and Arabic's zero/two/few/many), English where a catalogue lacks a key.
 */
import ar from "./catalogues/ar.json";
import el from "./catalogues/el.json";
import en from "./catalogues/en.json";
import es from "./catalogues/es.json";
import fr from "./catalogues/fr.json";
import it from "./catalogues/it.json";
import type { Locale } from "./locales.ts";

export type Catalogue = Record<string, string>;
export type MessageKey = keyof typeof en;
/** A key whose forms are `<key>.one`, `<key>.other`…: the part before the plural suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

export const catalogues: Record<Locale, Catalogue> = { en, es, fr, ar, it, el };

export type Vars = Record<string, string | number>;

function fill(template: string, vars: Vars | undefined, locale: Locale): string {
  if (!vars) return template;
  const number = new Intl.NumberFormat(locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? number.format(value) : value;
  });
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogues[locale][key] ?? (en as Catalogue)[key] ?? key;
  return fill(template, vars, locale);
}

export function translatePlural(locale: Locale, key: PluralKey, count: number, vars?: Vars): string {
  const rule = new Intl.PluralRules(locale).select(count);
  const exact = count === 0 ? `${key}.zero` : undefined;
  const candidates = [exact, `${key}.${rule}`, `${key}.other`].filter((k): k is string => k !== undefined);
  const found =
    candidates.find((k) => catalogues[locale][k] !== undefined) ??
    candidates.find((k) => (en as Catalogue)[k] !== undefined);
  return fill(catalogues[locale][found ?? ""] ?? (en as Catalogue)[found ?? ""] ?? key, { count, ...vars }, locale);
}
