import { createRoute } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { failures, idParams, ok } from "../../http/openapi.ts";
import { getStakeholder, listStakeholders } from "./queries.ts";
import { stakeholderDetail, stakeholderList, stakeholderListQuery } from "./schema.ts";

const list = createRoute({
  method: "get",
  path: "/stakeholders",
  tags: ["stakeholders"],
  summary: "Stakeholders (actors) with the number of cases they take part in",
  request: { query: stakeholderListQuery },
  responses: {
    200: ok(stakeholderList, "A page of stakeholders"),
    ...failures(400),
  },
});

const detail = createRoute({
  method: "get",
  path: "/stakeholders/{id}",
  tags: ["stakeholders"],
  summary: "One stakeholder with every case and currency it takes part in",
  request: { params: idParams },
  responses: {
    200: ok(stakeholderDetail, "The stakeholder"),
    ...failures(404),
  },
});

export const stakeholdersRoutes = featureApp()
  .openapi(list, async (c) => c.json(await listStakeholders(c.env.db, c.req.valid("query")), 200))
  .openapi(detail, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getStakeholder(c.env.db, id);
    if (!found) throw notFound("stakeholder", id);
    return c.json(found, 200);
  });
