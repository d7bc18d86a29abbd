/** The comparison contract: 2 to 4 case ids in, one profile per case and what they share or not out. */

import { caseSchemes } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import { langParam } from "../../http/language.ts";
import { listParam } from "../../http/query.ts";
import { caseDetail } from "../cases/schema.ts";
import { exportDatasetSchema } from "../cite/schema.ts";
import { network, sectors } from "../network/schema.ts";

export const compareLimits = { min: 2, max: 4 } as const;

export const compareQuery = z
  .object({ cases: listParam("case ids to compare, 2 to 4, in the order of the columns"), lang: langParam })
  // On the object, not the field: a missing optional field skips its own refinements.
  .superRefine(({ cases = [] }, ctx) => {
    const problem =
      cases.length < compareLimits.min
        ? `give at least ${compareLimits.min} case ids`
        : cases.length > compareLimits.max
          ? `give at most ${compareLimits.max} case ids`
          : new Set(cases).size < cases.length
            ? "give each case only once"
            : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["cases"], message: problem });
  });

const share = z.object(
  Object.fromEntries(sectors.map((s) => [s, z.number()])) as Record<(typeof sectors)[number], z.ZodNumber>,
);

export const caseProfile = z
  .object({
    case: caseDetail,
    stakeholdersByType: z.array(z.object({ type: z.string(), count: z.number().int() })),
    stakeholdersByRole: z.array(z.object({ role: z.string(), count: z.number().int() })),
    measures: z.object({
      actors: z.number().int(),
      ties: z.number().int().openapi({ description: "distinct tied pairs" }),
      density: z.number(),
      components: z.number().int(),
      sectorShare: share.openapi({ description: "share of actors by sector (public, social, other), 0 to 1" }),
      brokers: z
        .array(z.object({ id: z.string(), name: z.string(), publicSocialBrokerage: z.number().int() }))
        .openapi({ description: "actors joining a public administration and a social actor not tied to each other" }),
    }),
    network,
  })
  .openapi("CaseProfile");

const typologyValue = z.object({ scheme: z.enum(caseSchemes), key: z.string() });

export const comparison = z
  .object({
    profiles: z.array(caseProfile),
    shared: z.array(typologyValue).openapi({ description: "typology values every compared case has" }),
    distinct: z
      .array(typologyValue.extend({ caseIds: z.array(z.string()) }))
      .openapi({ description: "typology values only some of the cases have, with which ones" }),
    sharedStakeholders: z.array(z.object({ id: z.string(), name: z.string(), caseIds: z.array(z.string()) })),
    dataset: exportDatasetSchema,
  })
  .openapi("Comparison");

export type Comparison = z.infer<typeof comparison>;
export type CaseProfile = z.infer<typeof caseProfile>;
