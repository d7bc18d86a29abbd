/**
 * The API's errors in the reader's language: its stable `code` (with `params`) and each field's
 * `issue` map to catalogue keys (`error.code.*`, `error.field.*`; codes in docs/api-errors.md). An
 * unknown code, or one sent without the values its message names, keeps the server's own message
 * (which the server already words per Accept-Language).
 */
import { loadedCatalogue } from "./catalogues.ts";
import { currentLocale } from "./current-locale.ts";
import { type MessageKey, translate, type Vars } from "./translate.ts";

/** A catalogue message naming `{values}`, when the catalogue has the key and every value it names is given. */
function fromCatalogue(key: string, vars: Vars): string | undefined {
  const locale = currentLocale();
  // Only loaded catalogues: the reader's own is loaded before the page shows in its language.
  const template = loadedCatalogue(locale)?.[key] ?? loadedCatalogue("en")?.[key];
  if (template === undefined) return undefined;
  const named = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
  if (named.some((name) => vars[name] === undefined)) return undefined;
  return translate(locale, key as MessageKey, vars);
}

const scalar = (v: unknown): v is string | number => typeof v === "string" || typeof v === "number";

function toVars(record: Record<string, unknown>): Vars {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string | number] => scalar(e[1])));
}

export function codeMessage(code: string, params: Record<string, unknown>, fallback: string): string {
  return fromCatalogue(`error.code.${code}`, toVars(params)) ?? fallback;
}

/** One field's reason from a 400's detail: `{ issue, minimum?, maximum?, message }`. */
export function fieldIssueMessage(detail: Record<string, unknown>): string | undefined {
  const issue = detail.issue;
  const fallback = typeof detail.message === "string" ? detail.message : undefined;
  if (typeof issue !== "string") return fallback;
  return fromCatalogue(`error.field.${issue}`, toVars(detail)) ?? fallback;
}
