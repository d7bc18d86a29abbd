/**
 * The server's reasons for refusing a form, placed next to the fields they are about, in the
 * interface's language (each detail's `issue` through the catalogues, else the server's own words).
 */
import type { ApiError } from "../api.ts";
import { fieldIssueMessage } from "../i18n/error-messages.ts";

// Duck-typed, so these pure functions load without the HTTP client (and its window) in unit tests.
const isBadRequest = (error: unknown): error is ApiError =>
  error instanceof Error && (error as Partial<ApiError>).status === 400 && Array.isArray((error as ApiError).details);

/** Each reason of a 400 with the body's field it is about (`parameter`) and, when deeper, its full path. */
function reasons(error: unknown) {
  if (!isBadRequest(error)) return [];
  return error.details.flatMap((detail) => {
    const message = fieldIssueMessage(detail);
    const parameter = typeof detail.parameter === "string" ? detail.parameter : undefined;
    const path = typeof detail.path === "string" ? detail.path : String(detail.parameter ?? "");
    return message ? [{ parameter, path, message }] : [];
  });
}

/** Field name → message, for a form of flat fields: a reason deeper in a field counts for the field. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { parameter, message } of reasons(error)) if (parameter) out[parameter] ??= message;
  return out;
}

/** Field ids whose error is best shown on another field (an id is made from the name or title). */
const shownOn: Record<string, string> = { "record.id": "record.title" };

/**
 * Form path → message, for a form of nested records. `formPaths` renames bundle prefixes to form
 * prefixes (`stakeholders.0` → `participants.k3x`), the longest prefix first.
 */
export function errorsByPath(error: unknown, formPaths: Map<string, string> = new Map()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of reasons(error)) {
    // The wrapper of a body (a contribution's bundle, a correction, an import's settings) is not a field.
    out[toFormPath(path.replace(/^(bundle|correction|settings)\./, ""), formPaths)] ??= message;
  }
  return out;
}

function toFormPath(path: string, formPaths: Map<string, string>): string {
  const renamed = shownOn[path] ?? path;
  const parts = renamed.split(".");
  for (let n = parts.length; n > 0; n--) {
    const to = formPaths.get(parts.slice(0, n).join("."));
    if (to) return [to, ...parts.slice(n)].join(".").replace(/\.id$/, ".name");
  }
  return renamed;
}

/** A message for the whole form, when the error is not about one of its fields (`errors`). */
export function formError(error: unknown, errors: Record<string, string> = fieldErrors(error)): string | undefined {
  if (!error || Object.keys(errors).length > 0) return undefined;
  if (error instanceof Error && "localisedMessage" in error) return (error as ApiError).localisedMessage;
  return error instanceof Error ? error.message : String(error);
}
