/**
 * The closed lists the whole atlas agrees on: interface languages, vocabulary schemes, the schemes a
 * case is coded with, workshop phases. Plain constants with no import, so the web app can use them
 * at run time through the api package's contract (api/src/contract.ts) without a database library.
 */

export const locales = ["en", "es", "fr", "ar", "it", "el"] as const;
export type Locale = (typeof locales)[number];
/** The languages the content is translated into from English, the language the atlas is written in. */
export const translationLocales = ["es", "fr", "ar", "it", "el"] as const satisfies readonly Locale[];
export type TranslationLocale = (typeof translationLocales)[number];

/** The schemes a case is coded with, many values each. */
export const caseSchemes = [
  "phase",
  "level",
  "collaborationType",
  "policyDomain",
  "need",
  "doughnutDimension",
  "sseForm",
] as const;
export type CaseScheme = (typeof caseSchemes)[number];

/** Vocabulary schemes: every many-valued typology and every typed link draws its keys from one. */
export const schemes = [
  ...caseSchemes,
  "stakeholderType",
  "role",
  "relationshipType",
  "currencyModel",
  "currencyGovernance",
  // Concepts of the programme's journey (issue #14) that no record is coded with.
  "governance",
  "facilitation",
  "ecoSocialInnovation",
] as const;
export type Scheme = (typeof schemes)[number];

/** A case's status as last reported (with the year it was reported in), and its scale. */
export const caseStatuses = ["active", "ended", "planned"] as const;
export const scales = ["neighbourhood", "municipal", "regional", "national", "cross-border"] as const;
/** A currency initiative's status as last reported; a currency can also be suspended. */
export const currencyStatuses = ["active", "ended", "planned", "suspended"] as const;

/** The kinds of record a person can propose and curators review. */
export const recordKinds = ["case", "stakeholder", "currency"] as const;
/** Where a proposal stands in review. */
export const proposalStatuses = [
  "pending",
  "changes-requested",
  "accepted",
  "rejected",
  "merged",
  "withdrawn",
] as const;

/** The four co-production phases a recommendation step belongs to, in process order. */
export const workshopPhases = ["co-commissioning", "co-design", "co-delivery", "co-assessment"] as const;
export type WorkshopPhase = (typeof workshopPhases)[number];
