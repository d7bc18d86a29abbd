/**
 * Serves the built web app: hashed assets with long caching, a 404 for a missing asset (never the
 * page in its place, which browsers would refuse as a script), and index.html for every other
 * non-API path so client-side routes survive a reload.
 */

import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { errorJson } from "./http/errors.ts";

export function webApp(distDir: string) {
  const root = relative(process.cwd(), distDir) || ".";
  return (
    new Hono()
      .use(
        "/assets/*",
        serveStatic({ root, onFound: (_path, c) => c.header("cache-control", "public, max-age=31536000, immutable") }),
      )
      .get("/assets/*", (c) => errorJson(c, 404, "not_found", `No file at ${c.req.path}`))
      .use("*", serveStatic({ root }))
      // Read on each request (a few hundred bytes) so a rebuild never leaves it pointing at old assets.
      .get("*", async (c) =>
        c.html(await readFile(join(distDir, "index.html"), "utf8"), 200, { "cache-control": "no-cache" }),
      )
  );
}
