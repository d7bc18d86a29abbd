/** The one error shape of the API: `{ error: { code, message, details? } }` with a fitting status. */

import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const errorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid_parameter" }),
      message: z.string().openapi({ example: 'Invalid query parameter "bbox": expected four numbers' }),
      details: z.array(z.record(z.string(), z.unknown())).optional(),
    }),
  })
  .openapi("Error");

export type ErrorBody = z.infer<typeof errorBody>;

export function errorJson(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: Record<string, unknown>[],
) {
  const body: ErrorBody = { error: details ? { code, message, details } : { code, message } };
  return c.json(body, status);
}

/** An error a handler throws to answer with the API's error shape (details: e.g. the current record on a 409). */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>[],
  ) {
    super(status, { message });
  }
}

export const notFound = (what: string, id: string) => new ApiError(404, "not_found", `No ${what} with id "${id}"`);

/**
 * 413, and the connection closed after it: the unread rest of the body is still on its way, so
 * the socket cannot serve another request; saying so keeps a client from sending its next request
 * on a connection the server is about to drop.
 */
export function payloadTooLarge(c: Context, message: string) {
  c.header("connection", "close");
  return errorJson(c, 413, "payload_too_large", message);
}

/** Turns zod issues on a request part into a 400 that names each offending parameter. */
export function validationError(c: Context, target: string, issues: z.core.$ZodIssue[]) {
  const details = issues.map((i) => ({
    parameter: String(i.path[0] ?? target),
    ...(i.path.length > 1 ? { path: i.path.map(String).join(".") } : {}),
    message: i.message,
  }));
  const names = [...new Set(details.map((d) => d.parameter))];
  const kind = target === "query" ? "query parameter" : target === "param" ? "path parameter" : target;
  const first = details[0]?.message ?? "is not valid";
  const message =
    names.length === 1
      ? `Invalid ${kind} "${names[0]}": ${first}`
      : `Invalid ${kind}s: ${names.map((n) => `"${n}"`).join(", ")}`;
  return errorJson(c, 400, `invalid_${target === "json" ? "body" : "parameter"}`, message, details);
}

/** Last line of defence: known HTTP errors keep their status; anything else is a 500, logged by ops/request-log.ts. */
export function onError(err: Error, c: Context) {
  if (err instanceof ApiError) return errorJson(c, err.status, err.code, err.message, err.details);
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return payloadTooLarge(c, err.message || "The request body is too large.");
    // Hono's validators throw a bare 400 for a body they cannot parse (malformed JSON): the same
    // code as a body that parses but breaks the schema, so clients handle one "bad body" case.
    const code = status === 400 ? "invalid_body" : "http_error";
    return errorJson(c, status, code, err.message || "Request failed");
  }
  return errorJson(c, 500, "internal_error", "Something went wrong on our side; the error was logged.");
}
