import { createRoute } from "@hono/zod-openapi";
import { featureApp } from "../../http/feature-app.ts";
import { failures, ok } from "../../http/openapi.ts";
import { getPatterns } from "./queries.ts";
import { patterns, patternsQuery } from "./schema.ts";

const route = createRoute({
  method: "get",
  path: "/patterns",
  tags: ["patterns"],
  summary:
    "The shape of the matching cases: phase × policy domain, collaboration type × country, starts per year, stakeholder types per role",
  request: { query: patternsQuery },
  responses: {
    200: ok(patterns, "Four cross-tabulations"),
    ...failures(400),
  },
});

export const patternsRoutes = featureApp().openapi(route, async (c) =>
  c.json(await getPatterns(c.env.db, c.req.valid("query")), 200),
);
