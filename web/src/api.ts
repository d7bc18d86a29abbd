/**
 * The one HTTP client of the web app: Hono's typed client over the API's own route types, so every
 * request and response type here comes from the server's zod schemas.
 */
import type { AppType } from "@atlas/api/app";
import { type ClientResponse, hc } from "hono/client";

export const api = hc<AppType>(`${window.location.origin}/api`);

/** An API error in the server's `{ error: { code, message } }` shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type SuccessBody<R> = R extends ClientResponse<infer T, infer S, "json"> ? (S extends 200 ? T : never) : never;

/** Resolves a typed response to its 200 body, or throws the API's error. */
export async function unwrap<R extends ClientResponse<unknown, number, string>>(
  response: Promise<R>,
): Promise<SuccessBody<R>> {
  const res = await response;
  if (res.ok) return (await res.json()) as SuccessBody<R>;
  const body = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
  throw new ApiError(res.status, body?.error?.code ?? "http_error", body?.error?.message ?? res.statusText);
}
