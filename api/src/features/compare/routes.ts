import type { Database } from "@atlas/db/client";
import type { Locale } from "@atlas/db/schema";
import { createRoute, z } from "@hono/zod-openapi";
import { notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { requestLocale } from "../../http/language.ts";
import { failures, ok } from "../../http/openapi.ts";
import { getCase } from "../cases/detail.ts";
import { localiseCaseDetail } from "../cases/localise.ts";
import { getDatasetVersion } from "../cite/dataset-version.ts";
import { toDatasetHeaders, toDownloadHeaders, toExportDataset } from "../cite/export-metadata.ts";
import { localiseNetworkRows } from "../network/localise.ts";
import { type NetworkOptions, toGraph, toNetwork } from "../network/network.ts";
import { loadCaseNetworkRows } from "../network/queries.ts";
import { toComparison, toProfile } from "./compare.ts";
import { toComparisonCsv } from "./csv.ts";
import { compareQuery, comparison } from "./schema.ts";

const tags = ["compare"];
const caseGraph: NetworkOptions = { view: "stakeholders", coParticipation: false };

const json = createRoute({
  method: "get",
  path: "/compare",
  tags,
  summary: "Two to four cases side by side: typology, stakeholders by type and role, measures of each case's graph",
  request: { query: compareQuery },
  responses: {
    200: ok(comparison, "The comparison"),
    ...failures(400, 404),
  },
});

const csv = createRoute({
  method: "get",
  path: "/compare.csv",
  tags,
  summary: "The same comparison as a CSV table: one row per attribute, one column per case",
  request: { query: compareQuery },
  responses: {
    200: { description: "CSV (RFC 4180)", content: { "text/csv": { schema: z.string() } } },
    ...failures(400, 404),
  },
});

async function buildComparison(db: Database, ids: string[], locale: Locale) {
  const profiles = await Promise.all(
    ids.map(async (id) => {
      const [found, rows] = await Promise.all([getCase(db, id), loadCaseNetworkRows(db, id)]);
      if (!found || !rows) throw notFound("case", id);
      const { rows: localRows, content } = await localiseNetworkRows(db, rows, locale);
      const network = toNetwork(localRows, toGraph(localRows, caseGraph), caseGraph, {}, content);
      return toProfile(await localiseCaseDetail(db, found, locale), network);
    }),
  );
  const dataset = toExportDataset(await getDatasetVersion(db));
  return { comparison: toComparison(profiles, dataset), dataset };
}

export const compareRoutes = featureApp()
  .openapi(json, async (c) => {
    const { comparison: body, dataset } = await buildComparison(
      c.env.db,
      c.req.valid("query").cases ?? [],
      requestLocale(c),
    );
    return c.json(body, 200, toDatasetHeaders(dataset));
  })
  .openapi(csv, async (c) => {
    const ids = c.req.valid("query").cases ?? [];
    const { comparison: body, dataset } = await buildComparison(c.env.db, ids, requestLocale(c));
    const name = `atlas-comparison-${ids.join("-").slice(0, 120)}.csv`;
    return c.body(toComparisonCsv(body), 200, toDownloadHeaders("text/csv; charset=utf-8", name, dataset));
  });
