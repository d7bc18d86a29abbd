/** The one error shape of the API: `{ error: { code, message, details? } }` with a fitting status. */

import type { Locale } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { errorMessages, type FieldIssue } from "./error-messages.ts";
import { requestLocale } from "./language.ts";

export type ErrorParams = Record<string, string | number>;

export const errorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid_parameter" }),
      message: z.string().openapi({
        example: "The value of “bbox” is not valid.",
        description:
          "for people, in the language of Accept-Language (or lang); clients map code and params to their own text",
      }),
      params: z
        .record(z.string(), z.union([z.string(), z.number()]))
        .optional()
        .openapi({ description: "the values the message names, by name (see docs/api-errors.md)" }),
      details: z.array(z.record(z.string(), z.unknown())).optional(),
    }),
  })
  .openapi("Error");

export type ErrorBody = z.infer<typeof errorBody>;

/** The message of a code in a language, when every value it names is given; else undefined. */
export function localiseError(code: string, params: ErrorParams, locale: Locale): string | undefined {
  const entry = (errorMessages as Record<string, { params: readonly string[]; text: Record<Locale, string> }>)[code];
  if (!entry || entry.params.some((p) => params[p] === undefined)) return undefined;
  return entry.text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/**
 * Answers with the error shape. The message is in the request's language where the code has one
 * (the English `message` given here stays the fallback, e.g. for a code given without its values).
 */
export function errorJson(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: Record<string, unknown>[],
  params: ErrorParams = {},
) {
  // English keeps the server's own wording, which can say more (which values were expected).
  const locale = requestLocale(c);
  const text = (locale === "en" ? undefined : localiseError(code, params, locale)) ?? message;
  const body: ErrorBody = {
    error: {
      code,
      message: text,
      ...(Object.keys(params).length ? { params } : {}),
      ...(details ? { details } : {}),
    },
  };
  return c.json(body, status);
}

/** An error a handler throws to answer with the API's error shape (details: e.g. the current record on a 409). */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>[],
    readonly params: ErrorParams = {},
  ) {
    super(status, { message });
  }
}

export const notFound = (what: string, id: string) =>
  new ApiError(404, "not_found", `No ${what} with id "${id}"`, undefined, { what, id });

/** A zod issue as a stable word a client can put in its own language (see fieldIssueMessages). */
function toFieldIssue(issue: z.core.$ZodIssue): { issue: FieldIssue; minimum?: number; maximum?: number } {
  if (issue.code === "too_small" && typeof issue.minimum === "number")
    return { issue: "too_small", minimum: issue.minimum };
  if (issue.code === "too_big" && typeof issue.maximum === "number")
    return { issue: "too_big", maximum: issue.maximum };
  if (issue.code === "invalid_type" && issue.input === undefined) return { issue: "required" };
  return { issue: "invalid" };
}

/**
 * 413, and the connection closed after it: the unread rest of the body is still on its way, so
 * the socket cannot serve another request; saying so keeps a client from sending its next request
 * on a connection the server is about to drop.
 */
export function payloadTooLarge(c: Context, message: string, params?: { maxBytes: number }) {
  c.header("connection", "close");
  return errorJson(c, 413, "payload_too_large", message, undefined, params);
}

/** Turns zod issues on a request part into a 400 that names each offending parameter. */
export function validationError(c: Context, target: string, issues: z.core.$ZodIssue[]) {
  const details = issues.map((i) => ({
    parameter: String(i.path[0] ?? target),
    ...(i.path.length > 1 ? { path: i.path.map(String).join(".") } : {}),
    message: i.message,
    ...toFieldIssue(i),
  }));
  const names = [...new Set(details.map((d) => d.parameter))];
  const kind = target === "query" ? "query parameter" : target === "param" ? "path parameter" : target;
  const first = details[0]?.message ?? "is not valid";
  const message =
    names.length === 1
      ? `Invalid ${kind} "${names[0]}": ${first}`
      : `Invalid ${kind}s: ${names.map((n) => `"${n}"`).join(", ")}`;
  if (target === "json") return errorJson(c, 400, "invalid_body", message, details);
  return errorJson(c, 400, "invalid_parameter", message, details, { parameter: names.join(", ") });
}

/** Last line of defence: known HTTP errors keep their status; anything else is a 500, logged by ops/request-log.ts. */
export function onError(err: Error, c: Context) {
  if (err instanceof ApiError) return errorJson(c, err.status, err.code, err.message, err.details, err.params);
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
