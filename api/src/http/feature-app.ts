/** Every feature's sub-app: typed bindings, and zod failures answered as the API's 400 error. */

import type { Database } from "@atlas/db/client";
import { OpenAPIHono } from "@hono/zod-openapi";
import { validationError } from "./errors.ts";

export type AppEnv = {
  Bindings: {
    db: Database;
    /** The caller's address, resolved by server.ts (see http/client-address.ts); set by tests too. */
    clientAddress?: string;
  };
};

export function featureApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationError(c, result.target, result.error.issues);
    },
  });
}
