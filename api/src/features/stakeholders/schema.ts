import { z } from "@hono/zod-openapi";
import { countryList, listParam, pageParams } from "../../http/query.ts";
import { sourceRef } from "../sources/schema.ts";

export const stakeholderListQuery = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: "part of the name" }),
  type: listParam("stakeholder type keys"),
  country: countryList,
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
  })
  .openapi("StakeholderDetail");
