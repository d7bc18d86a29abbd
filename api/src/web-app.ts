/**
 * Serves the built web app: hashed assets with long caching and their Brotli / gzip versions
 * written at build time (web/scripts/precompress.ts), a 404 for a missing asset (never the page in
 * its place, which browsers would refuse as a script), and index.html for every other non-API path
 * so client-side routes survive a reload.
 */

import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { errorJson } from "./http/errors.ts";

const immutable = "public, max-age=31536000, immutable";

export function webApp(distDir: string) {
  const root = relative(process.cwd(), distDir) || ".";
  return (
    new Hono()
      // Set before serveStatic builds its response: headers added once it is built would be lost.
      .use("/assets/*", async (c, next) => {
        c.header("cache-control", immutable);
        await next();
        // Also on the plain answer, so a shared cache never hands it to a client that accepts Brotli.
        if (c.res.status === 200) c.res.headers.set("vary", "Accept-Encoding");
      })
      .use("/assets/*", serveStatic({ root, precompressed: true }))
      .get("/assets/*", (c) => {
        c.header("cache-control", "no-store");
        return errorJson(c, 404, "not_found", `No file at ${c.req.path}`);
      })
      .use("*", serveStatic({ root, precompressed: true }))
      // Read on each request (a few hundred bytes) so a rebuild never leaves it pointing at old assets.
      .get("*", async (c) =>
        c.html(await readFile(join(distDir, "index.html"), "utf8"), 200, { "cache-control": "no-cache" }),
      )
  );
}
