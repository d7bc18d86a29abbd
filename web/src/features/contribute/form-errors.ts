/** The server's reasons, by the path of what they are about, placed next to the form's fields. */
import type { ApiError } from "../../api.ts";

// Duck-typed, so these pure functions load without the HTTP client (and its window) in unit tests.
const isBadRequest = (error: unknown): error is ApiError =>
  error instanceof Error && (error as Partial<ApiError>).status === 400 && Array.isArray((error as ApiError).details);

/** Field ids whose error is best shown on another field (an id is made from the name or title). */
const shownOn: Record<string, string> = { "record.id": "record.title" };

/**
 * Form path → message, from a 400's details. `formPaths` renames bundle prefixes to form prefixes
 * (`stakeholders.0` → `participants.k3x`), the longest prefix first.
 */
export function errorsByPath(error: unknown, formPaths: Map<string, string> = new Map()): Record<string, string> {
  if (!isBadRequest(error)) return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    if (typeof detail.message !== "string") continue;
    const raw = typeof detail.path === "string" ? detail.path : String(detail.parameter ?? "");
    const path = toFormPath(raw.replace(/^(bundle|correction)\./, ""), formPaths);
    out[path] ??= detail.message;
  }
  return out;
}

function toFormPath(path: string, formPaths: Map<string, string>): string {
  const renamed = shownOn[path] ?? path;
  const parts = renamed.split(".");
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join(".");
    const to = formPaths.get(prefix);
    if (to) return [to, ...parts.slice(n)].join(".").replace(/\.id$/, ".name");
  }
  return renamed;
}

/** A message for the whole form, when the error is not about one field. */
export function formError(error: unknown, errors: Record<string, string>): string | undefined {
  if (!error || Object.keys(errors).length > 0) return undefined;
  return error instanceof Error ? error.message : String(error);
}
