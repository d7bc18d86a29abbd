/**
 * Serves the built web app: hashed assets with long caching, and index.html for every other
 * non-API path so client-side routes survive a reload.
 */

import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

export function webApp(distDir: string) {
  const root = relative(process.cwd(), distDir) || ".";
  const index = readFile(join(distDir, "index.html"), "utf8");
  return new Hono()
    .use(
      "/assets/*",
      serveStatic({ root, onFound: (_path, c) => c.header("cache-control", "public, max-age=31536000, immutable") }),
    )
    .use("*", serveStatic({ root }))
    .get("*", async (c) => c.html(await index, 200, { "cache-control": "no-cache" }));
}
