import { translationLocales } from "@atlas/db/schema";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { langParam, requestLocale } from "../../http/language.ts";
import { failures, idParams, ok } from "../../http/openapi.ts";
import { toTextStream } from "../../http/text-stream.ts";
import { inlineWorkers } from "../../workers/pool.ts";
import { getDatasetVersion } from "../cite/dataset-version.ts";
import { toDatasetHeaders, toDownloadHeaders, toExportDataset } from "../cite/export-metadata.ts";
import { loadAllTranslations } from "../translations/texts.ts";
import { toCasesCsvAllLanguagesText, toCasesCsvText } from "./csv.ts";
import { getCase } from "./detail.ts";
import { localisedBatches, withAllTexts } from "./export-texts.ts";
import { toCaseFilters } from "./filters.ts";
import { toFeatureCollectionText } from "./geojson.ts";
import { localiseCaseDetail, localiseCaseSummaries } from "./localise.ts";
import { listCaseClusters } from "./map-view.ts";
import { caseExists, listCases, streamCasePoints, streamCaseRows } from "./queries.ts";
import {
  caseClusterQuery,
  caseClusters,
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
  request: { query: caseCsvQuery },
  responses: {
    200: { description: "CSV (RFC 4180)", content: { "text/csv": { schema: z.string() } } },
    ...failures(400),
  },
});

const clusters = createRoute({
  method: "get",
  path: "/cases/clusters",
  tags: ["cases"],
  summary: "The filtered cases in one part of the map at one zoom: clusters with their mix, and single cases",
  request: { query: caseClusterQuery },
  responses: {
    200: { description: "Clusters and cases", content: { "application/json": { schema: caseClusters } } },
    ...failures(400),
  },
});

const detail = createRoute({
  method: "get",
  path: "/cases/{id}",
  tags: ["cases"],
  summary: "One case with its stakeholders, relationships, currencies and sources",
  request: { params: idParams, query: caseDetailQuery },
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
    query: z.object({
      limit: z.coerce.number().int().min(1).max(50).default(6).openapi({ type: "integer" }),
      lang: langParam,
    }),
  },
  responses: {
    200: ok(similarCases, "Similar cases"),
    ...failures(400, 404),
  },
});

export const casesRoutes = featureApp()
  .openapi(list, async (c) => c.json(await listCases(c.env.db, c.req.valid("query"), requestLocale(c)), 200))
  // The exports stream: a million cases never sit in the server's memory at once; each batch is put
  // into the language asked for on its way out. Each states its dataset version.
  .openapi(geojson, async (c) => {
    const dataset = toExportDataset(await getDatasetVersion(c.env.db));
    const points = streamCasePoints(c.env.db, toCaseFilters(c.req.valid("query")));
    const body = toTextStream(toFeatureCollectionText(localisedBatches(c.env.db, points, requestLocale(c)), dataset));
    // The documented JSON, written as a stream: the typed client cannot tell the two apart.
    return c.body(body, 200, { "content-type": "application/geo+json", ...toDatasetHeaders(dataset) }) as never;
  })
  .openapi(csv, async (c) => {
    const query = c.req.valid("query");
    const dataset = toExportDataset(await getDatasetVersion(c.env.db));
    const rows = streamCaseRows(c.env.db, toCaseFilters(query));
    const headers = toDownloadHeaders("text/csv; charset=utf-8", "coproduction-atlas-cases.csv", dataset);
    if (query.lang === "all") {
      return c.body(toTextStream(toCasesCsvAllLanguagesText(withAllTexts(c.env.db, rows), dataset)), 200, {
        ...headers,
        "content-language": ["en", ...translationLocales].join(", "),
      });
    }
    const localised = localisedBatches(c.env.db, rows, requestLocale(c));
    return c.body(toTextStream(toCasesCsvText(localised, dataset)), 200, headers);
  })
  // Before /cases/{id}, which would take "clusters" for a case id.
  .openapi(clusters, async (c) => {
    const { zoom, view, ...query } = c.req.valid("query");
    const workers = c.env.workers ?? inlineWorkers;
    return c.json(await listCaseClusters(c.env.db, workers, toCaseFilters(query), zoom, view), 200);
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
