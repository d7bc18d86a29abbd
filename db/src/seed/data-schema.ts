/**
 * The format of the curated files in data/: what a contributor writes, validated before seeding.
 * Keys are stable slugs (lower-case, digits, hyphens); typology values are vocabulary keys.
 */
import { z } from "zod";
import {
  caseSchemes,
  caseStatuses,
  convertibilities,
  currencyStatuses,
  figureMetrics,
  locales,
  locationPrecisions,
  scales,
  schemes,
} from "../schema.ts";
import { userText } from "../text.ts";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and single hyphens");
/** Running text (summaries, notes, descriptions): see text.ts for what it refuses. */
const text = userText({ required: true });
/** What a record is called and listed by: one line, without invisible or direction-changing characters. */
const name = userText({ required: true, name: true });
const year = z.number().int().min(1800).max(2100);
const country = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as ES");
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL");
const sourceRefs = z.array(slug).min(1, "needs at least one source");
/** The source that gives one fact (a year, a status): one id, which must also be among the record's `sources`. */
const factSource = slug.optional();
/** The sources a fact-bearing text (outcomes, lessons) draws on; each must also be among the record's `sources`. */
const factSources = z.array(slug).min(1, "needs at least one source").optional();

export const sourceRecord = z.strictObject({
  id: slug,
  url: httpUrl,
  title: text,
  publisher: text.optional(),
  year: year.optional(),
  accessed: z.iso.date().optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
});

const localeText = z.partialRecord(z.enum(locales), text).refine((v) => v.en !== undefined, {
  message: "needs an English (en) entry",
});

export const termRecord = z.strictObject({
  key: slug,
  label: localeText,
  definition: localeText,
  source: slug,
  /** Other words people use for the concept, per language, that search should know ("elderly care" for Care). */
  synonyms: z.partialRecord(z.enum(locales), z.array(text).min(1)).optional(),
});

export const vocabularyFile = z.strictObject({
  scheme: z.enum(schemes),
  terms: z.array(termRecord).min(1),
});

export const stakeholderRecord = z.strictObject({
  id: slug,
  name,
  type: slug,
  sseForm: slug.optional(),
  country: country.optional(),
  city: text.optional(),
  latitude: latitude.optional(),
  longitude: longitude.optional(),
  website: httpUrl.optional(),
  description: text.optional(),
  /** The language of the record's texts (ISO 639-1), when not English: a contribution keeps the words it was written in. */
  language: z.enum(locales).optional(),
  sources: sourceRefs,
});

const participant = z.strictObject({
  stakeholder: slug,
  role: slug,
  note: text.optional(),
});

const relationship = z.strictObject({
  from: slug,
  to: slug,
  type: slug,
  directed: z.boolean().default(true),
  startYear: year.optional(),
  endYear: year.optional(),
  /** `true` where the source describes the tie as a plan, not as something in place. */
  planned: z.boolean().default(false),
  basis: text,
  sources: sourceRefs,
});

const relatedCase = z.strictObject({ case: slug, note: text.optional() });

const typology = Object.fromEntries(caseSchemes.map((s) => [s, z.array(slug).default([])])) as {
  [S in (typeof caseSchemes)[number]]: z.ZodDefault<z.ZodArray<typeof slug>>;
};

export const caseRecord = z
  .strictObject({
    id: slug,
    title: name,
    summary: text,
    description: text.optional(),
    country,
    region: text.optional(),
    city: text.optional(),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
    locationPrecision: z.enum(locationPrecisions).optional(),
    locationNote: text.optional(),
    framework: z.boolean().default(false),
    startYear: year.optional(),
    startNote: text.optional(),
    startSource: factSource,
    endYear: year.optional(),
    endSource: factSource,
    status: z.enum(caseStatuses).optional(),
    statusYear: year.optional(),
    statusSource: factSource,
    scale: z.enum(scales).optional(),
    outcomes: text.optional(),
    outcomesSources: factSources,
    lessons: text.optional(),
    lessonsSources: factSources,
    codedBy: text.optional(),
    ...typology,
    participants: z.array(participant).default([]),
    relationships: z.array(relationship).default([]),
    relatedCases: z.array(relatedCase).default([]),
    /** The language of the record's texts (ISO 639-1), when not English: a contribution keeps the words it was written in. */
    language: z.enum(locales).optional(),
    sources: sourceRefs,
  })
  .superRefine(checkPlace)
  .superRefine(checkYears("startYear"));

const figure = z.strictObject({
  metric: z.enum(figureMetrics),
  value: z.number().nonnegative(),
  unit: text.optional(),
  year,
  note: text.optional(),
  source: slug,
});

export const currencyRecord = z
  .strictObject({
    id: slug,
    name,
    summary: text.optional(),
    country,
    region: text.optional(),
    city: text.optional(),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
    locationPrecision: z.enum(locationPrecisions).optional(),
    launchYear: year.optional(),
    launchNote: text.optional(),
    launchSource: factSource,
    endYear: year.optional(),
    endSource: factSource,
    status: z.enum(currencyStatuses).optional(),
    statusYear: year.optional(),
    statusSource: factSource,
    model: slug.optional(),
    unitOfAccount: text.optional(),
    convertibility: z.enum(convertibilities).optional(),
    backing: text.optional(),
    demurrage: text.optional(),
    issuance: text.optional(),
    governance: slug.optional(),
    legalForm: text.optional(),
    figures: z.array(figure).default([]),
    cases: z.array(z.strictObject({ case: slug, note: text.optional() })).default([]),
    stakeholders: z.array(z.strictObject({ stakeholder: slug, role: slug })).default([]),
    /** The language of the record's texts (ISO 639-1), when not English: a contribution keeps the words it was written in. */
    language: z.enum(locales).optional(),
    sources: sourceRefs,
  })
  .superRefine(checkPlace)
  .superRefine(checkYears("launchYear"));

function checkPlace(r: { latitude?: number; longitude?: number; locationPrecision?: string }, ctx: z.RefinementCtx) {
  if ((r.latitude === undefined) !== (r.longitude === undefined)) {
    ctx.addIssue({ code: "custom", path: ["latitude"], message: "latitude and longitude go together" });
  }
  if (r.latitude !== undefined && r.locationPrecision === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["locationPrecision"],
      message: "coordinates need a locationPrecision (site, city, region or country)",
    });
  }
}

function checkYears<K extends string>(startField: K) {
  return (r: { [P in K]?: number } & { endYear?: number }, ctx: z.RefinementCtx) => {
    const start = r[startField];
    if (start !== undefined && r.endYear !== undefined && r.endYear < start) {
      ctx.addIssue({ code: "custom", path: ["endYear"], message: `must not be before ${startField}` });
    }
  };
}

/**
 * One string of a record in another language, with the English it translates (as in a PO file): a
 * translation applies wherever that English stands in the record, and goes out of date the moment the
 * English changes. An empty `text` is a string still to translate. Only a gloss (a name explained in the
 * reader's language) has no English.
 */
const translationEntry = z
  .strictObject({
    field: text,
    en: text.optional(),
    text: userText(),
  })
  .refine((e) => e.en !== undefined || e.field === "nameGloss", {
    message: "needs the English it translates (only a nameGloss has none)",
    path: ["en"],
  });

/**
 * The translations of one record into one language, with who made them: `translatedBy` names them
 * ("atlas-editors", or a contributor), `method` says whether a person or a machine translated, and
 * `reviewed` whether someone fluent has checked them against the English.
 */
export const translationFile = z.strictObject({
  id: slug,
  translatedBy: text,
  method: z.enum(["human", "machine"]),
  reviewed: z.boolean().default(false),
  reviewedBy: text.optional(),
  strings: z.array(translationEntry),
  /** Translations whose English has since changed: kept for the translator to adapt, then removed. */
  outdated: z.array(translationEntry).optional(),
});

export type SourceRecord = z.infer<typeof sourceRecord>;
export type TranslationFile = z.infer<typeof translationFile>;
export type VocabularyFile = z.infer<typeof vocabularyFile>;
export type StakeholderRecord = z.infer<typeof stakeholderRecord>;
export type CaseRecord = z.infer<typeof caseRecord>;
export type CurrencyRecord = z.infer<typeof currencyRecord>;
