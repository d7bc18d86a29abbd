/** The cases API contract: query parameters and response bodies, from which OpenAPI is generated. */

import { caseStatuses, locales, locationPrecisions, scales } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import { type CaseFacet, caseFacets, caseSorts } from "../../contract.ts";
import { langParam } from "../../http/language.ts";
import { bboxParam, countryList, listParam, pageParams, startedParam, yearParam } from "../../http/query.ts";
import { exportDatasetSchema } from "../cite/schema.ts";
import { sourceRef } from "../sources/schema.ts";
import { contentInfo, recordTranslations } from "../translations/schema.ts";

/** [start, end) of a matched word in a text, in UTF-16 code units (as JavaScript strings count). */
const range = z.tuple([z.number().int(), z.number().int()]);

export const caseFilters = {
  q: z.string().trim().max(200).optional().openapi({
    description:
      "search in any of the six languages: titles, summaries, descriptions, places, stakeholder names, vocabulary labels and synonyms",
  }),
  country: countryList,
  policyDomain: listParam("policy domain keys"),
  phase: listParam("co-production phase keys (co-commissioning, co-design, co-delivery, co-assessment)"),
  collaborationType: listParam("collaboration type keys"),
  need: listParam("human need keys (Max-Neef)"),
  stakeholderType: listParam("types of a participating stakeholder"),
  stakeholder: listParam("stakeholder ids: the cases any of them takes part in"),
  from: yearParam("cases active in or after this year"),
  to: yearParam("cases started in or before this year"),
  bbox: bboxParam,
  // Research tools (issue 13): what a click on a chart of patterns selects.
  started: startedParam,
  participation: listParam(
    "a stakeholder type and a role, as type:role (public-local:funder): cases where a stakeholder of that type takes that role",
    /^[a-z0-9-]+:[a-z0-9-]+$/,
    "a stakeholder type and a role joined by a colon, such as public-local:funder",
  ),
};

export const caseListQuery = z
  .object({
    ...caseFilters,
    sort: z.enum(caseSorts).optional().openapi({ description: "default: relevance with q, else title" }),
    lang: langParam,
    ...pageParams,
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ["from"],
    message: "must not be after to",
  });

export const caseGeoQuery = z.object({ ...caseFilters, lang: langParam });
const caseFilterObject = z.object(caseFilters);
export type CaseFilters = z.infer<typeof caseFilterObject>;

export const caseCsvQuery = z.object({
  ...caseFilters,
  lang: z
    .enum([...locales, "all"])
    .optional()
    .openapi({ description: "language of the text columns; all: English columns plus one column per language" }),
});

export const caseDetailQuery = z.object({
  lang: langParam,
  include: z
    .enum(["translations"])
    .optional()
    .openapi({ description: "translations: also every language of the record, with provenance (for exports)" }),
});

const typology = {
  phase: z.array(z.string()),
  policyDomain: z.array(z.string()),
  collaborationType: z.array(z.string()),
  need: z.array(z.string()),
};

export const caseSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    city: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    status: z.enum(caseStatuses).nullable(),
    statusYear: z.number().int().nullable().openapi({ description: "the year the status was last reported" }),
    ...typology,
    content: contentInfo,
    matched: z
      .array(z.object({ scheme: z.enum(["policyDomain", "phase", "collaborationType", "need"]), key: z.string() }))
      .optional()
      .openapi({
        description: "with q: the vocabulary terms of the case whose label or synonym (any language) matched",
      }),
    highlights: z
      .object({
        title: z.array(range).openapi({ description: "matched words of the title as shown, [start, end) offsets" }),
        summary: z.array(range).openapi({ description: "matched words of the summary as shown" }),
        snippet: z
          .object({
            field: z.enum(["description", "outcomes", "lessons"]),
            text: z.string().openapi({ description: "a passage of that field, cut between words, … where cut" }),
            highlights: z.array(range),
            lang: z.enum(locales).openapi({ description: "the passage's language (English where it fell back)" }),
          })
          .optional()
          .openapi({ description: "when neither title nor summary holds a match: where the longer texts do" }),
      })
      .optional()
      .openapi({
        description: "with q: why the case was found, in the reader's language; offsets count UTF-16 code units",
      }),
  })
  .openapi("CaseSummary");

const facet = z.array(z.object({ key: z.string(), count: z.number().int() }));

export const facetNames = caseFacets;
export type FacetName = CaseFacet;

export const caseList = z
  .object({
    items: z.array(caseSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z
      .object(Object.fromEntries(facetNames.map((f) => [f, facet])) as Record<FacetName, typeof facet>)
      .openapi({ description: "for each filter, how many cases each value would give with the other filters applied" }),
    suggestion: z.string().optional().openapi({
      description:
        "when q finds fewer than 3 cases: the query with unknown words replaced by the nearest indexed words, if it finds more",
    }),
  })
  .openapi("CaseList");

export const caseDetail = caseSummary
  .extend({
    description: z.string().nullable(),
    locationPrecision: z.enum(locationPrecisions).nullable(),
    locationNote: z.string().nullable(),
    framework: z.boolean(),
    startNote: z.string().nullable(),
    startSourceId: z.string().nullable().openapi({ description: "the source giving the start year" }),
    endSourceId: z.string().nullable(),
    statusSourceId: z.string().nullable().openapi({ description: "the source giving the status and its year" }),
    scale: z.enum(scales).nullable(),
    outcomes: z.string().nullable(),
    outcomesSourceIds: z.array(z.string()),
    lessons: z.string().nullable(),
    lessonsSourceIds: z.array(z.string()),
    codedBy: z.string().nullable(),
    level: z.array(z.string()),
    doughnutDimension: z.array(z.string()),
    sseForm: z.array(z.string()),
    participants: z.array(
      z.object({
        stakeholderId: z.string(),
        name: z.string(),
        type: z.string(),
        sseForm: z.string().nullable(),
        country: z.string().nullable(),
        role: z.string(),
        note: z.string().nullable(),
      }),
    ),
    relationships: z.array(
      z.object({
        id: z.string(),
        fromId: z.string(),
        toId: z.string(),
        type: z.string(),
        directed: z.boolean(),
        startYear: z.number().int().nullable(),
        endYear: z.number().int().nullable(),
        basis: z.string().nullable(),
        planned: z.boolean().openapi({ description: "the source describes the tie as a plan" }),
        sourceIds: z.array(z.string()),
      }),
    ),
    relatedCases: z
      .array(z.object({ id: z.string(), title: z.string(), note: z.string().nullable() }))
      .openapi({ description: "other records of the same initiative" }),
    currencies: z.array(
      z.object({ id: z.string(), name: z.string(), model: z.string().nullable(), note: z.string().nullable() }),
    ),
    sources: z.array(sourceRef).openapi({ description: "every source cited by the case or its relationships" }),
    translations: recordTranslations.optional(),
  })
  .openapi("CaseDetail");

export type CaseSummary = z.infer<typeof caseSummary>;
export type CaseDetail = z.infer<typeof caseDetail>;

export const featureCollection = z
  .object({
    type: z.literal("FeatureCollection"),
    dataset: exportDatasetSchema,
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        id: z.string(),
        geometry: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }),
        properties: caseSummary.omit({ latitude: true, longitude: true, summary: true }),
      }),
    ),
  })
  .openapi("CaseFeatureCollection");

export const similarCases = z
  .object({
    items: z.array(
      caseSummary.extend({ shared: z.array(z.string()).openapi({ description: "shared values as scheme:key" }) }),
    ),
  })
  .openapi("SimilarCases");

export const caseClusterQuery = z.object({
  ...caseFilters,
  zoom: z.coerce
    .number()
    .min(0)
    .max(24)
    .openapi({ type: "number", description: "the map's zoom (clusters of its whole part)" }),
  view: bboxParam.unwrap().openapi({
    type: "string",
    description: "the part of the map in view: west,south,east,north",
    example: "-10,30,40,47",
  }),
});

const point = z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) });

export const caseClusters = z
  .object({
    type: z.literal("FeatureCollection"),
    total: z.number().int().openapi({ description: "the filtered cases that have coordinates, in view or not" }),
    bounds: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .nullable()
      .openapi({ description: "west, south, east, north of all those cases (null when there are none)" }),
    features: z.array(
      z.union([
        z.object({
          type: z.literal("Feature"),
          geometry: point,
          properties: z
            .object({
              cluster_id: z.number().int(),
              point_count: z.number().int(),
              expansion_zoom: z.number().int(),
            })
            .catchall(z.number())
            .openapi({
              description: "and per colour dimension and value, `dimension:key`: its cases whose first value it is",
            }),
        }),
        z.object({
          type: z.literal("Feature"),
          id: z.string(),
          geometry: point,
          properties: z.object({
            id: z.string(),
            title: z.string(),
            phaseKey: z.string(),
            policyDomainKey: z.string(),
            collaborationTypeKey: z.string(),
          }),
        }),
      ]),
    ),
  })
  .openapi("CaseClusters");
