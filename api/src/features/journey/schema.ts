/** The journey API contract: the programme's steps in one language, with what the atlas holds for each. */
import { viewPages } from "@atlas/db/journey";
import { caseSchemes, locales, schemes } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import { sourceRef } from "../sources/schema.ts";
import { term } from "../vocabularies/schema.ts";

export const journeyQuery = z.object({
  locale: z.enum(locales).default("en").openapi({ description: "language of the texts and labels" }),
});

export const stepParams = z.object({
  step: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "step", in: "path" }, example: "watching-the-horizon" }),
});

const conceptTerm = term
  .extend({
    count: z.number().int().nullable().openapi({
      description:
        "cases (or, for currency schemes, currency initiatives) coded with the term; null where no record is",
    }),
  })
  .openapi("JourneyConceptTerm");

const concept = z.object({ scheme: z.enum(schemes), terms: z.array(conceptTerm) }).openapi("JourneyConcept");

const label = z.object({ key: z.string(), label: z.string() });

const example = z
  .object({
    case: z.object({
      id: z.string(),
      title: z.string(),
      locale: z.enum(locales).openapi({ description: "the language of the title: the reader's where translated" }),
      country: z.string(),
      city: z.string().nullable(),
      startYear: z.number().int().nullable(),
    }),
    coding: z
      .array(label.extend({ scheme: z.enum(caseSchemes) }))
      .openapi({ description: "why the editors chose the case: the coding it carries today (the editors' typology)" }),
  })
  .openapi("JourneyExample");

const view = z
  .object({
    page: z.enum(viewPages as [string, ...string[]]),
    filters: z.array(
      z.object({
        name: z.string().openapi({ description: "a vocabulary scheme, or country" }),
        values: z.array(label).openapi({ description: "keys with their labels; a country's label is its code" }),
      }),
    ),
    graph: z.literal("bipartite").nullable(),
    count: z
      .number()
      .int()
      .openapi({ description: "cases (explore, network) or currency initiatives (currencies) shown" }),
  })
  .openapi("JourneyView");

export const journeyStep = z
  .object({
    id: z.string(),
    part: z.enum(["general-training", "training-of-trainers"]),
    number: z.number().int().nullable(),
    title: z.string(),
    theme: z.string().nullable(),
    question: z.string().nullable(),
    framing: z.array(z.string()).openapi({ description: "the programme's framing, paragraph by paragraph" }),
    goals: z.array(z.string()),
    reflection: z
      .array(z.string())
      .openapi({ description: "the atlas editors' reflection questions for the worksheet" }),
    challenge: z
      .string()
      .openapi({ description: "the challenge of a workshop on the step: its question, or the editors'" }),
    concepts: z.array(concept),
    examples: z.array(example),
    views: z.array(view),
  })
  .openapi("JourneyStep");

const provenance = {
  id: z.string(),
  locale: z.enum(locales),
  title: z.string(),
  source: z
    .object({ document: z.string(), language: z.enum(locales), sources: z.array(sourceRef) })
    .openapi({ description: "the programme document the texts come from, and public pages that describe it" }),
  translation: z
    .object({
      translatedBy: z.string(),
      method: z.enum(["human", "machine"]),
      reviewed: z.boolean(),
      reviewedBy: z.string().nullable(),
    })
    .openapi({ description: "who translated the programme's text from its language, and whether it was reviewed" }),
};

export const journey = z.object({ ...provenance, steps: z.array(journeyStep) }).openapi("Journey");

export const journeyStepDetail = z
  .object({
    ...provenance,
    step: journeyStep,
    previous: z.object({ id: z.string(), title: z.string() }).nullable(),
    next: z.object({ id: z.string(), title: z.string() }).nullable(),
  })
  .openapi("JourneyStepDetail");

export type Journey = z.infer<typeof journey>;
export type JourneyStepBody = z.infer<typeof journeyStep>;
