/** Every feature's sub-app: typed bindings, and zod failures answered as the API's 400 error. */

import type { Database } from "@atlas/db/client";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Workers } from "../workers/pool.ts";
import { validationError } from "./errors.ts";

export type AppEnv = {
  Bindings: {
    db: Database;
    /** The caller's address, resolved by server.ts (see http/client-address.ts); set by tests too. */
    clientAddress?: string;
    /** Worker threads for heavy computations, from server.ts; without them they run inline. */
    workers?: Workers;
    /** Set by server.ts, which writes the security headers on the raw Node response itself. */
    securityHeadersSent?: boolean;
    /** Set by server.ts, which has written it as X-Request-Id on the raw Node response (ops/request-log.ts). */
    requestId?: string;
  };
};

export function featureApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationError(c, result.target, result.error.issues);
    },
  });
}
