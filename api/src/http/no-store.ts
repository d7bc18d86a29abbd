import type { MiddlewareHandler } from "hono";

/** Answers private to their caller (members, curators, proposers) are never kept by a shared cache. */
export const noStore: MiddlewareHandler = async (c, next) => {
  c.header("cache-control", "no-store");
  await next();
};
