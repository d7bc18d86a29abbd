/**
 * Message lookup in the loaded catalogues (catalogues.ts): `{name}` placeholders, plural forms chosen
 * by Intl.PluralRules (`key.one`, `key.other`, and Arabic's zero/two/few/many), English where a
 * catalogue lacks a key and English is loaded, else the key itself.
 */

import type en from "./catalogues/en.json";
import { loadedCatalogue } from "./catalogues.ts";
import type { Locale } from "./locales.ts";

export type MessageKey = keyof typeof en;
/** A key whose forms are `<key>.one`, `<key>.other`…: the part before the plural suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

const message = (locale: Locale, key: string): string | undefined =>
  loadedCatalogue(locale)?.[key] ?? loadedCatalogue("en")?.[key];

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
  const template = message(locale, key) ?? key;
  return fill(template, vars, locale);
}

export function translatePlural(locale: Locale, key: PluralKey, count: number, vars?: Vars): string {
  const rule = new Intl.PluralRules(locale).select(count);
  const exact = count === 0 ? `${key}.zero` : undefined;
  const candidates = [exact, `${key}.${rule}`, `${key}.other`].filter((k): k is string => k !== undefined);
  const found =
    candidates.find((k) => loadedCatalogue(locale)?.[k] !== undefined) ??
    candidates.find((k) => message(locale, k) !== undefined);
  return fill((found && message(locale, found)) ?? key, { count, ...vars }, locale);
}
