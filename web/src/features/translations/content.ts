/** Where each block of a record's text comes from, as the API says (`content`), and the language it is in. */
import type { Locale } from "../../i18n/locales.ts";

export interface Content {
  lang: string;
  original: { lang: string; writtenBy: string; sourceLanguages: string[] };
  translation: {
    translatedBy: string;
    method: "human" | "machine";
    reviewed: boolean;
    reviewedBy: string | null;
  } | null;
  fields: Record<string, "original" | "translated" | "fallback">;
}

/** The language a block is written in: the asked language when translated, the record's own otherwise. */
export function blockLang(content: Pick<Content, "lang" | "fields" | "original">, path: string): string {
  return content.fields[path] === "translated" ? content.lang : content.original.lang;
}

export function isFallback(content: Pick<Content, "fields">, path: string): boolean {
  return content.fields[path] === "fallback";
}

/** Whether any block was asked for in another language than it is shown in. */
export function hasFallback(content: Pick<Content, "fields">): boolean {
  return Object.values(content.fields).includes("fallback");
}

export function hasTranslation(content: Pick<Content, "fields">): boolean {
  return Object.values(content.fields).includes("translated");
}

/** The names of languages (ISO 639-1) in the reader's language: ["es", "ca"] -> "Spanish, Catalan". */
export function languageNames(codes: string[], locale: Locale): string {
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  return list.format(codes.map((c) => names.of(c) ?? c));
}
