import { z } from "@hono/zod-openapi";
import { langParam } from "../../http/language.ts";
import { countryList, listParam, pageParams } from "../../http/query.ts";
import { sourceRef } from "../sources/schema.ts";
import { contentInfo, recordTranslations } from "../translations/schema.ts";

export const stakeholderDetailQuery = z.object({
  lang: langParam,
  include: z
    .enum(["translations"])
    .optional()
    .openapi({ description: "translations: also every language of the record" }),
});

export const stakeholderListQuery = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: "part of the name" }),
  type: listParam("stakeholder type keys"),
  country: countryList,
  lang: langParam,
  ...pageParams,
});

export const stakeholderSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    sseForm: z.string().nullable(),
    country: z.string().nullable(),
    city: z.string().nullable(),
    caseCount: z.number().int(),
    nameGloss: z
      .string()
      .nullable()
      .openapi({ description: "what the name means, in the language asked for (the name itself stays as it is)" }),
    content: contentInfo,
  })
  .openapi("StakeholderSummary");

export const stakeholderList = z
  .object({
    items: z.array(stakeholderSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("StakeholderList");

export const stakeholderDetail = stakeholderSummary
  .extend({
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    cases: z.array(z.object({ id: z.string(), title: z.string(), country: z.string(), roles: z.array(z.string()) })),
    currencies: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
    sources: z.array(sourceRef),
    translations: recordTranslations.optional(),
  })
  .openapi("StakeholderDetail");
