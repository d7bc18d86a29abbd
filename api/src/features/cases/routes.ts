import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { errorResponses, featureApp } from "../../http/feature-app.ts";
import { getDatasetVersion } from "../cite/dataset-version.ts";
import { toDatasetHeaders, toDownloadHeaders, toExportDataset } from "../cite/export-metadata.ts";
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

const csv = createRoute({
  method: "get",
  path: "/cases.csv",
  tags: ["cases"],
  summary: "The filtered cases as CSV, with their typology and source addresses",
  request: { query: caseGeoQuery },
  responses: {
    200: { description: "CSV (RFC 4180)", content: { "text/csv": { schema: z.string() } } },
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

const similar = createRoute({
  method: "get",
  path: "/cases/{id}/similar",
  tags: ["cases"],
  summary: "Cases sharing this case's phases, policy domains and collaboration types, rarest shared values first",
  request: {
    params: z.object({ id: z.string().min(1).max(200) }),
    query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(6).openapi({ type: "integer" }) }),
  },
  responses: {
    200: { description: "Similar cases", content: { "application/json": { schema: similarCases } } },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export const casesRoutes = featureApp()
  .openapi(list, async (c) => c.json(await listCases(c.env.db, c.req.valid("query")), 200))
  .openapi(geojson, async (c) => {
    const [points, version] = await Promise.all([
      listCasePoints(c.env.db, c.req.valid("query")),
      getDatasetVersion(c.env.db),
    ]);
    const dataset = toExportDataset(version);
    return c.json(toFeatureCollection(points, dataset), 200, {
      "content-type": "application/geo+json",
      ...toDatasetHeaders(dataset),
    });
  })
  .openapi(csv, async (c) => {
    const [rows, version] = await Promise.all([
      listCaseRows(c.env.db, c.req.valid("query")),
      getDatasetVersion(c.env.db),
    ]);
    const dataset = toExportDataset(version);
    return c.body(
      toCasesCsv(rows, dataset),
      200,
      toDownloadHeaders("text/csv; charset=utf-8", "coproduction-atlas-cases.csv", dataset),
    );
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
