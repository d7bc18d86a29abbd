/** The patterns contract: the case filters in, four cross-tabulations of the matching cases out. */
import { z } from "@hono/zod-openapi";
import { caseGeoQuery } from "../cases/schema.ts";

export const patternsQuery = caseGeoQuery;

const cell = z.object({ row: z.string(), column: z.string(), count: z.number().int() });

export const patterns = z
  .object({
    total: z.number().int().openapi({ description: "cases matching all the filters" }),
    phaseByDomain: z.array(cell).openapi({
      description:
        "cases per co-production phase (row) and policy domain (column); the phase and domain filters left out",
    }),
    collaborationByCountry: z.array(cell).openapi({
      description: "cases per collaboration type (row) and country (column); those two filters left out",
    }),
    startedPerYear: z
      .array(z.object({ year: z.number().int(), count: z.number().int() }))
      .openapi({ description: "cases started each year; the started filter left out" }),
    startUnknown: z.number().int().openapi({ description: "cases in the same scope with no start year" }),
    rolesByType: z.array(cell).openapi({
      description:
        "cases in which a stakeholder of a type (column) takes a role (row); the participation filter left out",
    }),
  })
  .openapi("Patterns");

export type Patterns = z.infer<typeof patterns>;
