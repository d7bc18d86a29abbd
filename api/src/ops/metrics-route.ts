/**
 * GET /metrics for Prometheus. Open only to a bearer token (METRICS_TOKEN), or, without one, to a
 * scraper on this machine that reaches the process directly: loopback socket and no forwarding
 * header, since a reverse proxy on the same host also connects from loopback.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { Hono } from "hono";
import { errorJson } from "../http/errors.ts";
import type { Metrics } from "./metrics.ts";

type MetricsEnv = { Bindings: { incoming?: IncomingMessage } };

const loopback = /^(127\.|::1$|::ffff:127\.)/;
const forwardingHeaders = ["x-forwarded-for", "forwarded", "x-real-ip"];

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant-time comparison of the presented token with the configured one. */
function isToken(presented: string | undefined, token: string): boolean {
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

export function metricsRoutes(metrics: Metrics, token: string | undefined) {
  return new Hono<MetricsEnv>().get("/metrics", async (c) => {
    c.header("cache-control", "no-store");
    if (token) {
      const presented = /^Bearer (.+)$/.exec(c.req.header("authorization") ?? "")?.[1];
      if (!isToken(presented, token)) {
        c.header("www-authenticate", 'Bearer realm="metrics"');
        return errorJson(c, 401, "unauthorized", "The metrics need the bearer token set in METRICS_TOKEN.");
      }
    } else {
      const address = c.env?.incoming?.socket.remoteAddress ?? "";
      const proxied = forwardingHeaders.some((name) => c.req.header(name) !== undefined);
      if (!loopback.test(address) || proxied) {
        return errorJson(c, 404, "not_found", "Nothing at /metrics");
      }
    }
    return c.body(await metrics.registry.metrics(), 200, { "content-type": metrics.registry.contentType });
  });
}
