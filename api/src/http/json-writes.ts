/**
 * Guards every state-changing request: a JSON body only (415 otherwise, which also stops form-based
 * CSRF, since Hono's csrf() does not check JSON) and no bigger than the limit (413).
 */
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError, errorJson, payloadTooLarge } from "./errors.ts";

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function jsonWrites(options: { maxBytes: number }): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: options.maxBytes,
    onError: (c) =>
      payloadTooLarge(c, `The request body is larger than ${options.maxBytes} bytes.`, { maxBytes: options.maxBytes }),
  });
  return async (c, next) => {
    if (!unsafe.has(c.req.method)) return next();
    const length = c.req.header("content-length");
    const hasBody = (length !== undefined && length !== "0") || c.req.header("transfer-encoding") !== undefined;
    const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
    // A bodiless DELETE is fine; any other write must declare JSON, even when empty.
    if ((c.req.method !== "DELETE" || hasBody) && type !== "application/json") {
      return errorJson(c, 415, "unsupported_media_type", "Send the request body as application/json.");
    }
    try {
      return await limit(c, next);
    } catch (error) {
      // The body limit reads a chunked body itself; a client that breaks it off (or sends chunks the
      // parser refuses) is a bad body, not our failure. The socket is gone, so no one reads this answer.
      if ((error as NodeJS.ErrnoException).code !== "ECONNRESET") throw error;
      throw new ApiError(400, "invalid_body", "The request body broke off before its end.");
    }
  };
}
