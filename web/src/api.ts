/**
 * The one HTTP client of the web app: Hono's typed client over the API's own route types, so every
 * request and response type here comes from the server's zod schemas.
 */
import type { AppType } from "@atlas/api/app";
import { type ClientResponse, hc } from "hono/client";
import { currentLocale } from "./i18n/current-locale.ts";
import { codeMessage } from "./i18n/error-messages.ts";

/** Every request says the interface language, so content and the API's own messages come in it. */
export const api = hc<AppType>(`${window.location.origin}/api`, {
  headers: () => ({ "accept-language": currentLocale() }),
});

/** An API error in the server's `{ error: { code, message, details? } }` shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Which parameter is wrong (400), or the current record a change conflicted with (409). */
    readonly details: Record<string, unknown>[] = [],
    /** The values the message names (see docs/api-errors.md). */
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The message in the interface's language, from the catalogues (the server's own where they have none). */
  get localisedMessage(): string {
    return codeMessage(this.code, this.params, this.message);
  }
}

type SuccessBody<R> = R extends ClientResponse<infer T, infer S, "json"> ? (S extends 200 | 201 ? T : never) : never;

/** The API's error answer as an ApiError (code, message, details), or the bare status when it has none. */
export async function apiError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => undefined)) as
    | {
        error?: {
          code?: string;
          message?: string;
          details?: Record<string, unknown>[];
          params?: Record<string, unknown>;
        };
      }
    | undefined;
  return new ApiError(
    res.status,
    body?.error?.code ?? "http_error",
    body?.error?.message ?? res.statusText,
    body?.error?.details,
    body?.error?.params,
  );
}

/** Resolves a typed response to its 200 (or 201) body, nothing for a 204, or throws the API's error. */
export async function unwrap<R extends ClientResponse<unknown, number, string>>(
  response: Promise<R>,
): Promise<SuccessBody<R>> {
  const res = await response;
  if (res.status === 204) return undefined as SuccessBody<R>;
  if (res.ok) return (await res.json()) as SuccessBody<R>;
  throw await apiError(res);
}
