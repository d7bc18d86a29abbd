import { createRoute, z } from "@hono/zod-openapi";
import { featureApp } from "../../http/feature-app.ts";

export const publicConfig = z
  .object({
    mapStyleUrl: z.string().nullable().openapi({ description: "online map style; null: the offline basemap" }),
  })
  .openapi("PublicConfig");

const config = createRoute({
  method: "get",
  path: "/config",
  tags: ["config"],
  summary: "Settings the web app needs from the server",
  responses: { 200: { description: "Public settings", content: { "application/json": { schema: publicConfig } } } },
});

export function createConfigRoutes(value: z.infer<typeof publicConfig>) {
  return featureApp().openapi(config, (c) => c.json(value, 200));
}
