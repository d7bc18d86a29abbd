/** The server's reasons, placed next to the fields they are about. */
import { ApiError } from "../../api.ts";

/** Field name → message, from a 400's details; empty for any other error. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    const field = typeof detail.parameter === "string" ? detail.parameter : undefined;
    if (field && typeof detail.message === "string" && !out[field]) out[field] = detail.message;
  }
  return out;
}

/** A message for the whole form: the server's own, when it is not about one field. */
export function formError(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) return Object.keys(fieldErrors(error)).length > 0 ? undefined : error.message;
  return error instanceof Error ? error.message : String(error);
}
