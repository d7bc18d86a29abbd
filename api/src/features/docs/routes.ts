/**
 * Browsable API docs: Swagger UI served from the swagger-ui-dist package, so they work offline
 * and under our Content-Security-Policy (no CDN, no inline script).
 */

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Hono } from "hono";

const distDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

const assets = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
} as const;

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Co-production Atlas API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

const init = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui" });`;

const cache = new Map<string, Promise<string>>();
const asset = (name: string) => {
  const text = cache.get(name) ?? readFile(join(distDir, name), "utf8");
  cache.set(name, text);
  return text;
};

export const docsRoutes = new Hono()
  .get("/docs", (c) => c.html(page))
  .get("/docs/init.js", (c) => c.body(init, 200, { "content-type": "text/javascript; charset=utf-8" }))
  .get("/docs/:asset{swagger-ui\\.css|swagger-ui-bundle\\.js}", async (c) => {
    const name = c.req.param("asset") as keyof typeof assets;
    return c.body(await asset(name), 200, { "content-type": assets[name], "cache-control": "public, max-age=86400" });
  });
