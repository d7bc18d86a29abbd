import type { Database } from "@atlas/db/client";
import { createRoute } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { featureApp } from "../../http/feature-app.ts";
import { ok } from "../../http/openapi.ts";
import { getDatasetVersion } from "./dataset-version.ts";
import { type DatasetInfo, datasetInfo } from "./schema.ts";

export const datasetTitle =
  "Co-production Atlas: cases, stakeholders and complementary currencies around the Mediterranean";
export const datasetPublisher = "Co-production Atlas";
export const datasetLicence = { id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

/** The dataset's identity and size, for citations, the footer and the metadata of every export. */
export async function getDatasetInfo(db: Database): Promise<DatasetInfo> {
  const [version, counts] = await Promise.all([
    getDatasetVersion(db),
    db.all<DatasetInfo["counts"]>(sql`SELECT
      (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM stakeholders) AS stakeholders,
      (SELECT count(*) FROM currencies) AS currencies, (SELECT count(*) FROM sources) AS sources`),
  ]);
  const { version: release, released, hash, shortHash, label, modified } = version;
  return {
    title: datasetTitle,
    publisher: datasetPublisher,
    licence: datasetLicence,
    version: release,
    released,
    hash,
    shortHash,
    label,
    modified,
    counts: counts[0] ?? { cases: 0, stakeholders: 0, currencies: 0, sources: 0 },
  };
}

const dataset = createRoute({
  method: "get",
  path: "/dataset",
  tags: ["cite"],
  summary: "The dataset's version (release and content hash), dates, licence and size, to cite what you used",
  responses: {
    200: ok(datasetInfo, "The dataset"),
  },
});

export const citeRoutes = featureApp().openapi(dataset, async (c) => c.json(await getDatasetInfo(c.env.db), 200));
