/** The server's reasons, placed next to the fields they are about, in the interface's language. */
import { ApiError } from "../../api.ts";
import { fieldIssueMessage } from "../../i18n/error-messages.ts";

/** Field name → message, from a 400's details; empty for any other error. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    const field = typeof detail.parameter === "string" ? detail.parameter : undefined;
    const message = fieldIssueMessage(detail);
    if (field && message && !out[field]) out[field] = message;
  }
  return out;
}

/** A message for the whole form: the server's own, when it is not about one field. */
export function formError(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) return Object.keys(fieldErrors(error)).length > 0 ? undefined : error.localisedMessage;
  return error instanceof Error ? error.message : String(error);
}
