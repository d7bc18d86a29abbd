/**
 * Security headers on every response: a Content-Security-Policy (Hono's secureHeaders sets none by
 * default) and HSTS for a year (its default is 180 days, below OWASP ASVS 3.4.1).
 */
import { secureHeaders } from "hono/secure-headers";

export function securityHeaders(options: { connectSources?: string[]; imageSources?: string[] } = {}) {
  return secureHeaders({
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
    referrerPolicy: "no-referrer",
    xFrameOptions: "DENY",
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // MapLibre and React set element styles from script; no inline <style> markup is served.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:", ...(options.imageSources ?? [])],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'", ...(options.connectSources ?? [])],
      workerSrc: ["'self'", "blob:"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}
