import { translationLocales } from "@atlas/db/schema";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { errorResponses, featureApp } from "../../http/feature-app.ts";
import { langParam, requestLocale } from "../../http/language.ts";
import { loadAllTranslations, loadRecordTexts } from "../translations/texts.ts";
import { toCasesCsv, toCasesCsvAllLanguages } from "./csv.ts";
import { getCase } from "./detail.ts";
import { toFeatureCollection } from "./geojson.ts";
import { localiseCaseDetail, localiseCaseSummaries } from "./localise.ts";
import { caseExists, listCasePoints, listCaseRows, listCases } from "./queries.ts";
import {
  caseCsvQuery,
  caseDetail,
  caseDetailQuery,
  caseGeoQuery,
  caseList,
  caseListQuery,
  featureCollection,
  similarCases,
} from "./schema.ts";
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
  request: { query: caseCsvQuery },
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
  request: { params: z.object({ id: z.string().min(1).max(200) }), query: caseDetailQuery },
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
    query: z.object({
      limit: z.coerce.number().int().min(1).max(50).default(6).openapi({ type: "integer" }),
      lang: langParam,
    }),
  },
  responses: {
    200: { description: "Similar cases", content: { "application/json": { schema: similarCases } } },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export const casesRoutes = featureApp()
  .openapi(list, async (c) => c.json(await listCases(c.env.db, c.req.valid("query"), requestLocale(c)), 200))
  .openapi(geojson, async (c) => {
    const db = c.env.db;
    const points = await localiseCaseSummaries(db, await listCasePoints(db, c.req.valid("query")), requestLocale(c));
    return c.json(toFeatureCollection(points), 200, { "content-type": "application/geo+json" });
  })
  .openapi(csv, async (c) => {
    const db = c.env.db;
    const query = c.req.valid("query");
    const rows = await listCaseRows(db, query);
    const headers = {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="coproduction-atlas-cases.csv"',
    };
    if (query.lang === "all") {
      const ids = rows.map((r) => r.id);
      const perLocale = await Promise.all(translationLocales.map((l) => loadRecordTexts(db, "case", ids, l)));
      const withTexts = rows.map((r) => ({
        ...r,
        texts: new Map(
          translationLocales.map((l, i) => [
            l,
            perLocale[i]?.get(r.id) ?? { translation: null, texts: new Map(), sourceLanguages: [] },
          ]),
        ),
      }));
      return c.body(toCasesCsvAllLanguages(withTexts), 200, {
        ...headers,
        "content-language": ["en", ...translationLocales].join(", "),
      });
    }
    const localised = await localiseCaseSummaries(db, rows, requestLocale(c));
    return c.body(toCasesCsv(localised), 200, headers);
  })
  .openapi(detail, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getCase(c.env.db, id);
    if (!found) throw notFound("case", id);
    const body = await localiseCaseDetail(c.env.db, found, requestLocale(c));
    if (c.req.valid("query").include !== "translations") return c.json(body, 200);
    return c.json({ ...body, translations: await loadAllTranslations(c.env.db, "case", id) }, 200);
  })
  .openapi(similar, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await caseExists(c.env.db, id))) throw notFound("case", id);
    const items = await listSimilarCases(c.env.db, id, c.req.valid("query").limit);
    return c.json({ items: await localiseCaseSummaries(c.env.db, items, requestLocale(c)) }, 200);
  });
