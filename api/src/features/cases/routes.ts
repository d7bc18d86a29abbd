import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { errorResponses, featureApp } from "../../http/feature-app.ts";
import { getCase } from "./detail.ts";
import { toFeatureCollection } from "./geojson.ts";
import { listCasePoints, listCases } from "./queries.ts";
import { caseDetail, caseGeoQuery, caseList, caseListQuery, featureCollection } from "./schema.ts";

const list = createRoute({
  method: "get",
  path: "/cases",
  tags: ["cases"],
  summary: "Filter, search and page through cases, with facet counts",
  request: { query: caseListQuery },
  responses: {
    200: { description: "A page of cases", content: { "application/json": { schema: caseList } } },
    400: errorResponses[400],
  },
});

const geojson = createRoute({
  method: "get",
  path: "/cases.geojson",
  tags: ["cases"],
  summary: "The filtered cases that have coordinates, as an RFC 7946 FeatureCollection",
  request: { query: caseGeoQuery },
  responses: {
    200: {
      description: "GeoJSON points",
      content: { "application/geo+json": { schema: featureCollection } },
    },
    400: errorResponses[400],
  },
});

const detail = createRoute({
  method: "get",
  path: "/cases/{id}",
  tags: ["cases"],
  summary: "One case with its stakeholders, relationships, currencies and sources",
  request: { params: z.object({ id: z.string().min(1).max(200) }) },
  responses: {
    200: { description: "The case", content: { "application/json": { schema: caseDetail } } },
    404: errorResponses[404],
  },
});

export const casesRoutes = featureApp()
  .openapi(list, async (c) => c.json(await listCases(c.env.db, c.req.valid("query")), 200))
  .openapi(geojson, async (c) => {
    const body = toFeatureCollection(await listCasePoints(c.env.db, c.req.valid("query")));
    return c.json(body, 200, { "content-type": "application/geo+json" });
  })
  .openapi(detail, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getCase(c.env.db, id);
    if (!found) throw notFound("case", id);
    return c.json(found, 200);
  });
