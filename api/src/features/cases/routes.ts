import { createRoute, z } from "@hono/zod-openapi";
import { attachment } from "../../http/download.ts";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { failures, idParams, ok } from "../../http/openapi.ts";
import { toCasesCsv } from "./csv.ts";
import { getCase } from "./detail.ts";
import { toFeatureCollection } from "./geojson.ts";
import { caseExists, listCasePoints, listCaseRows, listCases } from "./queries.ts";
import { caseDetail, caseGeoQuery, caseList, caseListQuery, featureCollection, similarCases } from "./schema.ts";
import { listSimilarCases } from "./similar.ts";

const list = createRoute({
  method: "get",
  path: "/cases",
  tags: ["cases"],
  summary: "Filter, search and page through cases, with facet counts",
  request: { query: caseListQuery },
  responses: {
    200: ok(caseList, "A page of cases"),
    ...failures(400),
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
    ...failures(400),
  },
});

const csv = createRoute({
  method: "get",
  path: "/cases.csv",
  tags: ["cases"],
  summary: "The filtered cases as CSV, with their typology and source addresses",
  request: { query: caseGeoQuery },
  responses: {
    200: { description: "CSV (RFC 4180)", content: { "text/csv": { schema: z.string() } } },
    ...failures(400),
  },
});

const detail = createRoute({
  method: "get",
  path: "/cases/{id}",
  tags: ["cases"],
  summary: "One case with its stakeholders, relationships, currencies and sources",
  request: { params: idParams },
  responses: {
    200: ok(caseDetail, "The case"),
    ...failures(404),
  },
});

const similar = createRoute({
  method: "get",
  path: "/cases/{id}/similar",
  tags: ["cases"],
  summary: "Cases sharing this case's phases, policy domains and collaboration types, rarest shared values first",
  request: {
    params: idParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(6).openapi({ type: "integer" }) }),
  },
  responses: {
    200: ok(similarCases, "Similar cases"),
    ...failures(400, 404),
  },
});

export const casesRoutes = featureApp()
  .openapi(list, async (c) => c.json(await listCases(c.env.db, c.req.valid("query")), 200))
  .openapi(geojson, async (c) => {
    const body = toFeatureCollection(await listCasePoints(c.env.db, c.req.valid("query")));
    return c.json(body, 200, { "content-type": "application/geo+json" });
  })
  .openapi(csv, async (c) => {
    const body = toCasesCsv(await listCaseRows(c.env.db, c.req.valid("query")));
    return c.body(body, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment("coproduction-atlas-cases.csv"),
    });
  })
  .openapi(detail, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getCase(c.env.db, id);
    if (!found) throw notFound("case", id);
    return c.json(found, 200);
  })
  .openapi(similar, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await caseExists(c.env.db, id))) throw notFound("case", id);
    return c.json({ items: await listSimilarCases(c.env.db, id, c.req.valid("query").limit) }, 200);
  });
