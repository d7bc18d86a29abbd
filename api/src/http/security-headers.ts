/**
 * Security headers on every response: a Content-Security-Policy (Hono's secureHeaders sets none by
 * default) and HSTS for a year (its default is 180 days, below OWASP ASVS 3.4.1).
 *
 * The values are computed once. The Node server writes them on its raw response before Hono runs
 * (`withSecurityHeaders`), which keeps Hono's plain-object header fast path: setting ~14 headers on a
 * Hono response after `next()` halved /api/health's throughput (tests/bench/stack.ts). Where no such
 * server is in front (tests calling `app.request()`), the middleware sets the same values.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MiddlewareHandler } from "hono";

export interface SecurityHeaderOptions {
  connectSources?: string[];
  imageSources?: string[];
}

export type HeaderList = readonly (readonly [name: string, value: string])[];

export function toSecurityHeaders(options: SecurityHeaderOptions = {}): HeaderList {
  const csp = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    // MapLibre and React set element styles from script; no inline <style> markup is served.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...(options.imageSources ?? [])],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(options.connectSources ?? [])],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return [
    [
      "content-security-policy",
      Object.entries(csp)
        .map(([name, values]) => `${name} ${values.join(" ")}`)
        .join("; "),
    ],
    ["cross-origin-opener-policy", "same-origin"],
    ["cross-origin-resource-policy", "same-origin"],
    ["origin-agent-cluster", "?1"],
    ["permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()"],
    ["referrer-policy", "no-referrer"],
    ["strict-transport-security", "max-age=31536000; includeSubDomains"],
    ["x-content-type-options", "nosniff"],
    ["x-dns-prefetch-control", "off"],
    ["x-download-options", "noopen"],
    ["x-frame-options", "DENY"],
    ["x-permitted-cross-domain-policies", "none"],
    ["x-xss-protection", "0"],
  ];
}

/** Sets the headers on a Hono response, unless the Node server has already written them. */
export function securityHeaders(headers: HeaderList): MiddlewareHandler<{
  Bindings: { securityHeadersSent?: boolean };
}> {
  return async (c, next) => {
    await next();
    if (c.env?.securityHeadersSent) return;
    const target = c.res.headers;
    for (const [name, value] of headers) if (!target.has(name)) target.set(name, value);
  };
}

/**
 * A Node request listener that writes the headers on the raw response first; headers the app sets
 * on its own response (writeHead) still take precedence.
 */
export function withSecurityHeaders(
  headers: HeaderList,
  listener: ((req: IncomingMessage, res: ServerResponse) => void) | undefined,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    listener?.(req, res);
  };
}
