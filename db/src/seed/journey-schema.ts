/**
 * The format of data/journey.json: the programme's path (five steps and the training of trainers), with
 * the programme's own text in every language of the atlas and what the atlas holds for each step.
 * Editors reorder or swap a step's examples by editing this file; the checks in journey-checks.ts make
 * sure every case, term and filter it names exists and that each example's coding is really the case's.
 */
import { z } from "zod";
import { caseSchemes, locales, schemes } from "../schema.ts";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and single hyphens");
const text = z.string().trim().min(1, "must not be empty");
const country = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as ES");

/** A text in every language of the atlas: the journey is read in all six, so none may be missing. */
const everyLocale = z.strictObject(Object.fromEntries(locales.map((l) => [l, text])) as Record<Locale, typeof text>);
type Locale = (typeof locales)[number];

/** The pages a view can open, and the filters each one understands (by vocabulary scheme, or country). */
export const viewFilters = {
  explore: ["country", "policyDomain", "phase", "collaborationType", "need", "stakeholderType"],
  network: ["country", "policyDomain", "phase", "collaborationType", "need", "stakeholderType"],
  currencies: ["country", "currencyModel", "currencyGovernance"],
} as const;
export type ViewPage = keyof typeof viewFilters;
export const viewPages = Object.keys(viewFilters) as ViewPage[];
const filterNames = [...new Set(Object.values(viewFilters).flat())] as [string, ...string[]];
export type ViewFilter = (typeof viewFilters)[ViewPage][number];

const view = z
  .strictObject({
    page: z.enum(viewPages as [ViewPage, ...ViewPage[]]),
    filters: z.partialRecord(z.enum(filterNames), z.array(z.string()).min(1)),
    /** For a network view: the graph of cases and actors instead of actors alone. */
    graph: z.literal("bipartite").optional(),
  })
  .superRefine((v, ctx) => {
    const allowed: readonly string[] = viewFilters[v.page];
    for (const name of Object.keys(v.filters)) {
      if (!allowed.includes(name)) {
        ctx.addIssue({ code: "custom", path: ["filters", name], message: `the ${v.page} page has no ${name} filter` });
      }
    }
    for (const [i, c] of (v.filters.country ?? []).entries()) {
      if (!country.safeParse(c).success) {
        ctx.addIssue({
          code: "custom",
          path: ["filters", "country", i],
          message: "must be an ISO 3166-1 alpha-2 code",
        });
      }
    }
    if (v.graph && v.page !== "network") {
      ctx.addIssue({ code: "custom", path: ["graph"], message: "only a network view has a graph" });
    }
  });

/** An example case and the coding it was chosen for: the reason shown beside it. */
const example = z.strictObject({
  case: slug,
  coding: z
    .array(z.strictObject({ scheme: z.enum(caseSchemes), key: slug }))
    .min(1, "says which coding it was chosen for"),
});

/** A vocabulary the step draws on: all of its terms, or the ones listed. */
const concept = z.strictObject({
  scheme: z.enum(schemes),
  terms: z.array(slug).min(1).optional(),
});

export const journeyParts = ["general-training", "training-of-trainers"] as const;

export const journeyStep = z
  .strictObject({
    id: slug,
    /** Which part of the programme the step belongs to; each part has its own session format. */
    part: z.enum(journeyParts),
    /** The programme's step number (1 to 5); the training of trainers has none. */
    number: z.number().int().min(1).optional(),
    title: everyLocale,
    theme: everyLocale.optional(),
    question: everyLocale.optional(),
    /** The framing, paragraph by paragraph. */
    framing: z.array(everyLocale).min(1),
    goals: z.array(everyLocale).min(1),
    /** The editors' reflection questions for the worksheet, drawn from the question and the goals. */
    reflection: z.array(everyLocale).min(1),
    /** The editors' challenge for a workshop on a step that has no question of its own. */
    challenge: everyLocale.optional(),
    concepts: z.array(concept),
    examples: z.array(example),
    views: z.array(view),
  })
  .superRefine((s, ctx) => {
    if (s.part === "general-training" && (s.number === undefined || s.question === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["number"],
        message: "a step of the general training has a number and a question",
      });
    }
    if (!s.question && !s.challenge) {
      ctx.addIssue({
        code: "custom",
        path: ["challenge"],
        message: "a step without a question needs a workshop challenge",
      });
    }
  });

export const journeyFile = z.strictObject({
  id: slug,
  title: everyLocale,
  /** Where the programme's text comes from: the document, its language and the pages that describe it. */
  source: z.strictObject({
    document: text,
    language: z.enum(locales),
    sources: z.array(slug).min(1),
  }),
  /** Who translated the programme's text into the other languages, how, and whether it was checked. */
  translation: z.strictObject({
    translatedBy: text,
    method: z.enum(["human", "machine"]),
    reviewed: z.boolean(),
    reviewedBy: text.optional(),
  }),
  steps: z.array(journeyStep).min(1),
});

export type JourneyFile = z.infer<typeof journeyFile>;
export type JourneyStep = z.infer<typeof journeyStep>;
export type JourneyView = JourneyStep["views"][number];
