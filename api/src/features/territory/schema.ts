/** The territory-matching contract: a change-maker's profile in, ranked and explained cases out. */
import { z } from "@hono/zod-openapi";
import { langParam } from "../../http/language.ts";
import { listParam } from "../../http/query.ts";
import { caseSummary } from "../cases/schema.ts";
import { regionNames } from "./weights.ts";

export const territoryQuery = z
  .object({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be a two-letter ISO 3166-1 country code in capitals, such as TN")
      .optional()
      .openapi({ description: "the country of the territory" }),
    region: z
      .enum(regionNames as [string, ...string[]])
      .optional()
      .openapi({ description: "the kind of region, when no country is given (or to widen it)" }),
    population: z.coerce
      .number()
      .int("must be a whole number")
      .min(1)
      .max(50_000_000)
      .optional()
      .openapi({ type: "integer", description: "inhabitants of the municipality (not compared yet: see the note)" }),
    domain: listParam("policy domain keys the territory works on"),
    partners: listParam("stakeholder type keys of the partners at hand (public-local, sse-organisation, ...)"),
    forms: listParam("SSE form keys of the partners at hand (cooperative, association, ...)"),
    phase: listParam("the co-production phases the territory is in"),
    limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ type: "integer" }),
    lang: langParam,
  })
  .refine((q) => q.country || q.region || q.domain?.length || q.partners?.length || q.phase?.length, {
    path: ["domain"],
    message: "describe the territory: give at least a country or region, a policy domain, partners or a phase",
  });
export type TerritoryQuery = z.infer<typeof territoryQuery>;

const status = z.enum(["same", "partial", "different", "unknown"]);

export const criterionMatch = z.object({
  criterion: z.enum(["domain", "partners", "context", "phase", "scale"]),
  weight: z.number(),
  score: z.number().openapi({ description: "0 to 1" }),
  status,
  shared: z.array(z.string()).openapi({ description: "values the case shares with the profile" }),
  missing: z.array(z.string()).openapi({ description: "values of the profile the case lacks" }),
  extra: z
    .array(z.string())
    .openapi({ description: "values of the case the profile lacks (e.g. partners it relied on)" }),
});

export const territoryMatches = z
  .object({
    profile: z.object({
      country: z.string().nullable(),
      region: z.string().nullable(),
      population: z.number().int().nullable(),
    }),
    notes: z.array(z.enum(["sizeNotCompared"])).openapi({
      description: "sizeNotCompared: the atlas holds no populations, so municipality size is not compared",
    }),
    items: z.array(
      z.object({
        case: caseSummary.extend({ scale: z.string().nullable(), framework: z.boolean() }),
        score: z.number().openapi({ description: "weighted share of the profile matched, 0 to 1" }),
        criteria: z.array(criterionMatch),
      }),
    ),
  })
  .openapi("TerritoryMatches");

export type TerritoryMatches = z.infer<typeof territoryMatches>;
export type CriterionMatch = z.infer<typeof criterionMatch>;

export const territoryRegions = z
  .object({
    regions: z.array(z.object({ key: z.string(), countries: z.array(z.string()) })),
  })
  .openapi("TerritoryRegions");
