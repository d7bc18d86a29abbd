import { describe, expect, it } from "vitest";
import ar from "./catalogues/ar.json";
import el from "./catalogues/el.json";
import en from "./catalogues/en.json";
import es from "./catalogues/es.json";
import fr from "./catalogues/fr.json";
import it_ from "./catalogues/it.json";
import type { Catalogue } from "./catalogues.ts";
import { type Locale, locales } from "./locales.ts";

const catalogues: Record<Locale, Catalogue> = { en, es, fr, ar, it: it_, el };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const pluralExtras = /\.(zero|two|few|many)$/;

describe.each(locales.filter((l) => l !== "en"))("the %s catalogue", (locale) => {
  const catalogue = catalogues[locale];

  it("translates every English message", () => {
    expect(Object.keys(en).filter((key) => catalogue[key] === undefined)).toEqual([]);
  });

  it("has no message English lacks, other than plural forms", () => {
    expect(
      Object.keys(catalogue).filter((key) => en[key as keyof typeof en] === undefined && !pluralExtras.test(key)),
    ).toEqual([]);
  });

  it("keeps the placeholders of each message", () => {
    for (const [key, text] of Object.entries(catalogue)) {
      const english = en[key as keyof typeof en] ?? en[key.replace(pluralExtras, ".other") as keyof typeof en];
      if (english === undefined) continue;
      const expected = key.endsWith(".one") || pluralExtras.test(key) ? placeholders(text) : placeholders(english);
      expect(placeholders(text), `${locale} ${key}`).toEqual(expected);
      expect(
        placeholders(text).every((p) => placeholders(english).includes(p as string)),
        `${locale} ${key}`,
      ).toBe(true);
    }
  });
});

describe("Arabic plurals", () => {
  // Arabic has six plural categories (zero, one, two, few: 3-10, many: 11-99, other: 100+), and a noun
  // after a number changes with each: a message that counts a noun needs every one of them, or 11 to
  // 99 things fall back to the form for 100+. "Label: {count}" phrasings do not change, so they may omit them.
  it("has the one, two, few and many forms of every message that counts a noun", () => {
    const bases = Object.keys(ar)
      .filter((key) => key.endsWith(".other"))
      .map((key) => key.slice(0, -".other".length));
    const counting = bases.filter((base) => {
      const other = (ar as Catalogue)[`${base}.other`] ?? "";
      return other.includes("{count}") && !/:\s*\{count\}/.test(other);
    });
    const missing = counting.flatMap((base) =>
      ["one", "two", "few", "many"]
        .filter((form) => (ar as Catalogue)[`${base}.${form}`] === undefined)
        .map((f) => `${base}.${f}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("names that must hold what the element shows", () => {
  // A cluster button shows its count and is named by this message: a name without the shown number
  // fails WCAG 2.5.3 (axe label-content-name-mismatch), as the Arabic dual "حالتان" alone did.
  it("names a map cluster with its count in every plural form and language", () => {
    const missing = locales.flatMap((locale) =>
      Object.entries(catalogues[locale])
        // Outside parentheses: axe drops parenthesised text before it compares.
        .filter(([key, text]) => key.startsWith("map.cluster.") && !text.replace(/\([^)]*\)/g, "").includes("{count}"))
        .map(([key]) => `${locale} ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
