/**
 * One structured log line and one metrics observation per request: a request id (the proxy's, when
 * it sent a well-formed one, else a new one) echoed as `X-Request-Id`, the method, the route pattern
 * (`/api/workshops/:id`, never the path with its ids nor the query, which can hold stream tokens),
 * the status and the duration. No addresses, headers or bodies: nothing secret or personal.
 */
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { routePath } from "hono/route";
import type { Logger } from "./log.ts";
import type { Metrics } from "./metrics.ts";

const wellFormedId = /^[A-Za-z0-9._:-]{8,128}$/;
/** Probes poll these every few seconds; their lines are only kept at the debug level. */
const probes = new Set(["/api/health", "/api/health/live", "/api/health/ready", "/metrics"]);

/** The proxy's request id when it sent a well-formed one, else a new one. */
export function toRequestId(given: string | string[] | undefined): string {
  return typeof given === "string" && wellFormedId.test(given) ? given : randomUUID();
}

export function requestLog(options: {
  logger: Logger;
  metrics?: Metrics;
}): MiddlewareHandler<{ Bindings: { requestId?: string } }> {
  return async (c, next) => {
    const started = performance.now();
    // server.ts works the id out and writes its header on the raw Node response: setting a header here
    // would give every answer a Headers object to build and convert (see tests/bench/stack.ts).
    let requestId = c.env?.requestId;
    if (!requestId) {
      requestId = toRequestId(c.req.header("x-request-id"));
      // Set before the handler runs, so it goes out with the response without rebuilding it.
      c.header("x-request-id", requestId);
    }
    await next();
    const seconds = (performance.now() - started) / 1000;
    // After next(), the route index is that of the handler that answered.
    logRequest(
      options,
      { requestId, method: c.req.method, route: routePath(c), status: c.res.status },
      seconds,
      c.error,
    );
  };
}

/**
 * The line and the metrics observation of one answered request: shared by the middleware above and
 * by the Node server's constant answers (http/constant-answers.ts), which never reach Hono.
 */
export function logRequest(
  options: { logger: Logger; metrics?: Metrics },
  request: { requestId: string; method: string; route: string; status: number },
  seconds: number,
  error?: unknown,
): void {
  const { requestId, method, route, status } = request;
  options.metrics?.observeRequest({ method, route, status }, seconds);
  const fields = { requestId, method, route, status, durationMs: Math.round(seconds * 10_000) / 10 };
  if (error && !(error instanceof HTTPException)) options.logger.error("request failed", fields, error);
  else if (probes.has(route)) options.logger.debug("request", fields);
  else options.logger.info("request", fields);
}
