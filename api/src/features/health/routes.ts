import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { featureApp } from "../../http/feature-app.ts";

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["health"],
  summary: "Whether the API can answer and reach its database",
  responses: {
    200: {
      description: "Healthy",
      content: { "application/json": { schema: z.object({ status: z.literal("ok"), cases: z.number().int() }) } },
    },
  },
});

export const healthRoutes = featureApp().openapi(health, async (c) => {
  const row = await c.env.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM cases`);
  return c.json({ status: "ok" as const, cases: Number(row?.n ?? 0) }, 200);
});
