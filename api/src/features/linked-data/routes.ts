import type { Database } from "@atlas/db/client";
import { createRoute, z } from "@hono/zod-openapi";
import { ApiError, notFound } from "../../http/errors.ts";
import { featureApp } from "../../http/feature-app.ts";
import { failures, idParams } from "../../http/openapi.ts";
import { caseGeoQuery } from "../cases/schema.ts";
import { getDatasetVersion } from "../cite/dataset-version.ts";
import { toDownloadHeaders, toExportDataset } from "../cite/export-metadata.ts";
import { getCurrency } from "../currencies/queries.ts";
import { getStakeholder } from "../stakeholders/queries.ts";
import { jsonLdType } from "./context.ts";
import { type RecordKind, toConceptsDocument, toDatasetDocument, toRecordDocument } from "./documents.ts";
import { toIris } from "./iris.ts";
import { toCurrencyProfile, toOrganizationProfile } from "./murmurations.ts";
import { loadVocabularyRows } from "./skos.ts";

const tags = ["linked data"];
const jsonLd = (description: string) => ({
  description,
  content: { [jsonLdType]: { schema: z.record(z.string(), z.unknown()) } },
});
const ldHeaders = { "content-type": `${jsonLdType}; charset=utf-8` };

const record = <P extends string>(path: P, kind: RecordKind, what: string) =>
  createRoute({
    method: "get",
    path,
    tags,
    summary: `One ${what} as JSON-LD (schema.org, ESSGLOBAL, SKOS concepts); its page answers the same to Accept: ${jsonLdType}`,
    request: { params: idParams },
    responses: { 200: jsonLd(`The ${kind} as JSON-LD`), ...failures(404) },
  });

const caseLd = record("/ld/cases/{id}", "case", "case");
const stakeholderLd = record("/ld/stakeholders/{id}", "stakeholder", "stakeholder");
const currencyLd = record("/ld/currencies/{id}", "currency", "currency initiative");

const concepts = createRoute({
  method: "get",
  path: "/ld/concepts",
  tags,
  summary: "Every vocabulary of the atlas as a SKOS concept scheme, with labels and definitions in each language",
  responses: { 200: jsonLd("SKOS concept schemes") },
});

const scheme = createRoute({
  method: "get",
  path: "/ld/concepts/{scheme}",
  tags,
  summary: "One vocabulary as a SKOS concept scheme; its concepts are named <this address>#<key>",
  request: { params: z.object({ scheme: z.string().regex(/^[a-zA-Z]+$/) }) },
  responses: { 200: jsonLd("A SKOS concept scheme"), ...failures(404) },
});

const dump = createRoute({
  method: "get",
  path: "/ld/dataset.jsonld",
  tags,
  summary:
    "The cases matching the filters, their stakeholders, linked currency initiatives and the concept schemes, as one JSON-LD graph",
  request: { query: caseGeoQuery },
  responses: { 200: jsonLd("The filtered dataset as JSON-LD"), ...failures(400) },
});

const profile = <P extends string>(path: P, what: string, schemaName: string) =>
  createRoute({
    method: "get",
    path,
    tags: ["murmurations"],
    summary: `One ${what} as a Murmurations profile (${schemaName})`,
    request: { params: idParams },
    responses: {
      200: {
        description: "The profile",
        content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
      },
      ...failures(404),
    },
  });

const organizationProfile = profile("/murmurations/stakeholders/{id}", "stakeholder", "organizations_schema-v1.0.0");
const currencyProfile = profile(
  "/murmurations/currencies/{id}",
  "currency initiative",
  "complementary_currencies-v2.0.0",
);

const irisOf = (url: string) => toIris(new URL(url).origin);

async function englishLabels(db: Database) {
  const labels = new Map(
    (await loadVocabularyRows(db)).filter((r) => r.locale === "en").map((r) => [`${r.scheme}:${r.key}`, r.label]),
  );
  return (scheme: string, key: string) => labels.get(`${scheme}:${key}`) ?? key;
}

const recordHandler = (kind: RecordKind, what: string) => async (db: Database, id: string, url: string) => {
  const doc = await toRecordDocument(db, kind, id, irisOf(url));
  if (!doc) throw notFound(what, id);
  return doc;
};

const caseDoc = recordHandler("case", "case");
const stakeholderDoc = recordHandler("stakeholder", "stakeholder");
const currencyDoc = recordHandler("currency", "currency");

export const linkedDataRoutes = featureApp()
  .openapi(caseLd, async (c) => c.json(await caseDoc(c.env.db, c.req.valid("param").id, c.req.url), 200, ldHeaders))
  .openapi(stakeholderLd, async (c) =>
    c.json(await stakeholderDoc(c.env.db, c.req.valid("param").id, c.req.url), 200, ldHeaders),
  )
  .openapi(currencyLd, async (c) =>
    c.json(await currencyDoc(c.env.db, c.req.valid("param").id, c.req.url), 200, ldHeaders),
  )
  .openapi(concepts, async (c) => {
    const doc = await toConceptsDocument(c.env.db, irisOf(c.req.url));
    return c.json(doc ?? { "@graph": [] }, 200, ldHeaders);
  })
  .openapi(scheme, async (c) => {
    const name = c.req.valid("param").scheme;
    const doc = await toConceptsDocument(c.env.db, irisOf(c.req.url), name);
    if (!doc) throw new ApiError(404, "not_found", `No vocabulary called "${name}"`);
    return c.json(doc, 200, ldHeaders);
  })
  .openapi(dump, async (c) => {
    const { document } = await toDatasetDocument(c.env.db, c.req.valid("query"), irisOf(c.req.url));
    const dataset = toExportDataset(await getDatasetVersion(c.env.db));
    return c.json(
      document,
      200,
      toDownloadHeaders(`${jsonLdType}; charset=utf-8`, "coproduction-atlas.jsonld", dataset),
    );
  })
  .openapi(organizationProfile, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getStakeholder(c.env.db, id);
    if (!found) throw notFound("stakeholder", id);
    return c.json(toOrganizationProfile(found, irisOf(c.req.url), await englishLabels(c.env.db)), 200);
  })
  .openapi(currencyProfile, async (c) => {
    const { id } = c.req.valid("param");
    const found = await getCurrency(c.env.db, id);
    if (!found) throw notFound("currency", id);
    return c.json(toCurrencyProfile(found, irisOf(c.req.url)), 200);
  });
