import { convertibilities, currencyStatuses, figureMetrics, locationPrecisions } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import { currencySorts } from "../../contract.ts";
import { langParam } from "../../http/language.ts";
import { countryList, listParam, pageParams, yearParam } from "../../http/query.ts";
import { sourceRef } from "../sources/schema.ts";
import { contentInfo, recordTranslations } from "../translations/schema.ts";

export const currencyDetailQuery = z.object({
  lang: langParam,
  include: z
    .enum(["translations"])
    .optional()
    .openapi({ description: "translations: also every language of the record" }),
});

export const currencyListQuery = z
  .object({
    country: countryList,
    model: listParam("monetary model keys"),
    status: listParam("statuses as last reported (active, ended, planned, suspended)"),
    governance: listParam("governance keys"),
    convertibility: listParam("convertibility to legal money (convertible, one-way, non-convertible)"),
    from: yearParam("initiatives running in or after this year"),
    to: yearParam("initiatives launched in or before this year"),
    sort: z.enum(currencySorts).default("name"),
    lang: langParam,
    ...pageParams,
    pageSize: pageParams.pageSize.default(100),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ["from"],
    message: "must not be after to",
  });

export const currencySummary = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    city: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    launchYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    status: z.enum(currencyStatuses).nullable(),
    statusYear: z.number().int().nullable(),
    model: z.string().nullable(),
    convertibility: z.enum(convertibilities).nullable(),
    governance: z.string().nullable(),
    content: contentInfo,
  })
  .openapi("CurrencySummary");

export const currencyFacets = ["country", "model", "status", "governance", "convertibility"] as const;
export type CurrencyFacet = (typeof currencyFacets)[number];
const facet = z.array(z.object({ key: z.string(), count: z.number().int() }));

export const currencyList = z
  .object({
    items: z.array(currencySummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z
      .object(Object.fromEntries(currencyFacets.map((f) => [f, facet])) as Record<CurrencyFacet, typeof facet>)
      .openapi({
        description: "for each filter, how many initiatives each value would give with the other filters applied",
      }),
  })
  .openapi("CurrencyList");

export const currencyDetail = currencySummary
  .extend({
    summary: z.string().nullable(),
    locationPrecision: z.enum(locationPrecisions).nullable(),
    launchNote: z.string().nullable(),
    launchSourceId: z.string().nullable().openapi({ description: "the source giving the launch year" }),
    endSourceId: z.string().nullable(),
    statusSourceId: z.string().nullable().openapi({ description: "the source giving the status and its year" }),
    unitOfAccount: z.string().nullable(),
    backing: z.string().nullable(),
    demurrage: z.string().nullable(),
    issuance: z.string().nullable(),
    legalForm: z.string().nullable(),
    figures: z.array(
      z.object({
        metric: z.enum(figureMetrics),
        value: z.number(),
        unit: z.string().nullable(),
        year: z.number().int(),
        note: z.string().nullable(),
        sourceId: z.string(),
      }),
    ),
    cases: z.array(z.object({ id: z.string(), title: z.string(), note: z.string().nullable() })),
    stakeholders: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), role: z.string() })),
    sources: z.array(sourceRef).openapi({ description: "every source cited by the currency or its figures" }),
    translations: recordTranslations.optional(),
  })
  .openapi("CurrencyDetail");
