/** A small, valid dataset for tests, and helpers to write it out as data files or open a temp database. */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { z } from "zod";
import type { Database } from "../client.ts";
import { prepareDatabase } from "../prepare.ts";
import type { TranslationLocale } from "../schema.ts";
import { type AtlasData, type LocaleTranslations, noTranslations } from "../seed/data-files.ts";
import {
  caseRecord,
  currencyRecord,
  sourceRecord,
  stakeholderRecord,
  translationFile,
  vocabularyFile,
} from "../seed/data-schema.ts";
import type { journeyFile } from "../seed/journey-schema.ts";
import { translationPath } from "../seed/translatable.ts";

type Input<S extends z.ZodType> = z.input<S>;

const term = (key: string, en: string, es?: string) => ({
  key,
  label: es ? { en, es } : { en },
  definition: { en: `${en} (definition).` },
  source: "src-typology",
});

export function fixtureFiles() {
  const sources = [
    { id: "src-typology", url: "https://example.org/typology", title: "Typology" },
    { id: "src-a", url: "https://example.org/a", title: "Source A", publisher: "Example", year: 2020, language: "es" },
    { id: "src-b", url: "https://example.org/b", title: "Source B" },
  ];
  const vocabularies: Input<typeof vocabularyFile>[] = [
    {
      scheme: "phase",
      terms: [term("co-design", "Co-design", "Codiseño"), term("co-delivery", "Co-delivery", "Coprestación")],
    },
    { scheme: "policyDomain", terms: [term("care", "Care", "Cuidados"), term("housing", "Housing")] },
    { scheme: "collaborationType", terms: [term("public-social-partnership", "Public-social partnership")] },
    { scheme: "need", terms: [term("subsistence", "Subsistence")] },
    {
      scheme: "stakeholderType",
      terms: [term("public-local", "Local public administration"), term("sse-organisation", "SSE organisation")],
    },
    { scheme: "sseForm", terms: [term("cooperative", "Cooperative")] },
    { scheme: "role", terms: [term("initiator", "Initiator"), term("provider", "Provider"), term("issuer", "Issuer")] },
    { scheme: "relationshipType", terms: [term("funding", "Funding"), term("agreement", "Agreement")] },
    { scheme: "currencyModel", terms: [term("mutual-credit", "Mutual credit")] },
  ];
  const stakeholders = [
    { id: "city-of-seville", name: "Seville City Council", type: "public-local", country: "ES", sources: ["src-a"] },
    {
      id: "coop-one",
      name: "Coop One",
      type: "sse-organisation",
      sseForm: "cooperative",
      country: "ES",
      sources: ["src-a"],
    },
    {
      id: "tunis-municipality",
      name: "Municipality of Tunis",
      type: "public-local",
      country: "TN",
      sources: ["src-b"],
    },
  ];
  const cases: Input<typeof caseRecord>[] = [
    {
      id: "seville-care",
      title: "Seville care co-delivery",
      summary: "A cooperative delivers home care with the city.",
      country: "ES",
      city: "Sevilla",
      latitude: 37.38,
      longitude: -5.97,
      locationPrecision: "city",
      startYear: 2015,
      status: "active",
      phase: ["co-delivery"],
      policyDomain: ["care"],
      collaborationType: ["public-social-partnership"],
      need: ["subsistence"],
      participants: [
        { stakeholder: "city-of-seville", role: "initiator" },
        { stakeholder: "coop-one", role: "provider" },
      ],
      relationships: [
        { from: "city-of-seville", to: "coop-one", type: "funding", basis: "A grant.", sources: ["src-a"] },
      ],
      sources: ["src-a"],
    },
    {
      id: "tunis-housing",
      title: "Tunis housing co-design",
      summary: "Residents co-design housing rules.",
      country: "TN",
      city: "Tunis",
      latitude: 36.8,
      longitude: 10.18,
      locationPrecision: "city",
      startYear: 2021,
      endYear: 2023,
      status: "ended",
      phase: ["co-design"],
      policyDomain: ["housing"],
      participants: [{ stakeholder: "tunis-municipality", role: "initiator" }],
      sources: ["src-b"],
    },
  ];
  const currencies: Input<typeof currencyRecord>[] = [
    {
      id: "puma",
      name: "Puma",
      country: "ES",
      city: "Sevilla",
      latitude: 37.39,
      longitude: -5.99,
      locationPrecision: "city",
      launchYear: 2012,
      status: "active",
      statusYear: 2019,
      model: "mutual-credit",
      figures: [{ metric: "members", value: 300, year: 2012, source: "src-b" }],
      cases: [{ case: "seville-care" }],
      stakeholders: [{ stakeholder: "coop-one", role: "issuer" }],
      sources: ["src-b"],
    },
  ];
  // Arabic for the Seville case, its description left untranslated (a fallback), and Spanish for Puma.
  const translations: Partial<Record<TranslationLocale, Partial<LocaleTranslations>>> = {
    ar: {
      cases: [
        {
          id: "seville-care",
          translatedBy: "atlas-editors",
          method: "machine",
          reviewed: false,
          strings: [
            { field: "title", en: "Seville care co-delivery", text: "الإنتاج المشترك للرعاية في إشبيلية" },
            {
              field: "summary",
              en: "A cooperative delivers home care with the city.",
              text: "تقدّم تعاونية الرعاية المنزلية مع المدينة.",
            },
            { field: "city", en: "Sevilla", text: "إشبيلية" },
            { field: "relationships.city-of-seville.funding.coop-one.basis", en: "A grant.", text: "" },
          ],
        },
      ],
    },
    es: {
      currencies: [
        {
          id: "puma",
          translatedBy: "Ana Pérez",
          method: "human",
          reviewed: true,
          reviewedBy: "atlas-editors",
          strings: [{ field: "city", en: "Sevilla", text: "Sevilla" }],
        },
      ],
    },
  };
  // No journey unless a test adds one (fixtureJourney): tests that drop cases need not mind it.
  const journey = undefined as Input<typeof journeyFile> | undefined;
  return { sources, vocabularies, stakeholders, cases, currencies, translations, journey };
}

/** A text in every language, marked with the language so tests can tell which one they got. */
const inEvery = (en: string) => ({
  en,
  es: `${en} [es]`,
  fr: `${en} [fr]`,
  ar: `${en} [ar]`,
  it: `${en} [it]`,
  el: `${en} [el]`,
});

/** A two-step journey over the fixture's cases and vocabularies. */
export function fixtureJourney(): Input<typeof journeyFile> {
  return {
    id: "test-journey",
    title: inEvery("The test journey"),
    source: { document: "A programme text", language: "en", sources: ["src-a"] },
    translation: { translatedBy: "atlas-editors", method: "machine", reviewed: false },
    steps: [
      {
        id: "watching-the-horizon",
        part: "general-training",
        number: 2,
        title: inEvery("Watching the horizon"),
        theme: inEvery("Co-production"),
        question: inEvery("How can co-production help?"),
        framing: [inEvery("Public-social collaboration has been growing.")],
        goals: [inEvery("Review types of co-production.")],
        reflection: [inEvery("Which service could be co-produced?"), inEvery("Who would sign?")],
        concepts: [{ scheme: "phase" }, { scheme: "collaborationType" }],
        examples: [
          {
            case: "tunis-housing",
            coding: [{ scheme: "phase", key: "co-design" }],
          },
          {
            case: "seville-care",
            coding: [
              { scheme: "phase", key: "co-delivery" },
              { scheme: "collaborationType", key: "public-social-partnership" },
            ],
          },
        ],
        views: [
          { page: "network", filters: { phase: ["co-design"] }, graph: "bipartite" },
          { page: "explore", filters: { country: ["ES"] } },
        ],
      },
      {
        id: "training-of-trainers",
        part: "training-of-trainers",
        title: inEvery("Training of trainers"),
        framing: [inEvery("Trainees design the national workshops.")],
        goals: [inEvery("Practise facilitation.")],
        reflection: [inEvery("Which theme matters most?")],
        challenge: inEvery("Design a session of a national workshop."),
        concepts: [{ scheme: "policyDomain", terms: ["care"] }],
        examples: [],
        views: [{ page: "currencies", filters: { currencyModel: ["mutual-credit"] } }],
      },
    ],
  };
}

export type FixtureFiles = ReturnType<typeof fixtureFiles>;

/** The fixture files as `readAtlasData` would return them, without the round trip through a folder. */
export function toAtlasData(files: FixtureFiles): AtlasData {
  return {
    sources: files.sources.map((s) => sourceRecord.parse(s)),
    vocabularies: files.vocabularies.map((v) => vocabularyFile.parse(v)),
    stakeholders: files.stakeholders.map((s) => stakeholderRecord.parse(s)),
    cases: files.cases.map((c) => caseRecord.parse(c)),
    currencies: files.currencies.map((c) => currencyRecord.parse(c)),
    translations: toTranslations(files.translations),
  };
}

function toTranslations(given: FixtureFiles["translations"] | undefined): AtlasData["translations"] {
  const all = noTranslations();
  for (const [locale, kinds] of Object.entries(given ?? {}) as [TranslationLocale, Partial<LocaleTranslations>][]) {
    for (const [kind, files] of Object.entries(kinds) as [keyof LocaleTranslations, unknown[]][]) {
      all[locale][kind] = files.map((f) => translationFile.parse(f));
    }
  }
  return all;
}

/** Writes the files in the data/ layout into a new temporary folder and returns its path. */
export async function writeDataDir(files: FixtureFiles = fixtureFiles()): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "atlas-data-"));
  const put = (path: string, value: unknown) => writeFile(join(dir, path), JSON.stringify(value, null, 2));
  await Promise.all(["cases", "currencies", "vocabularies"].map((d) => mkdir(join(dir, d))));
  await put("sources.json", files.sources);
  await put("stakeholders.json", files.stakeholders);
  await Promise.all([
    ...files.vocabularies.map((v) => put(`vocabularies/${v.scheme}.json`, v)),
    ...files.cases.map((c) => put(`cases/${c.id}.json`, c)),
    ...files.currencies.map((c) => put(`currencies/${c.id}.json`, c)),
    ...(files.journey ? [put("journey.json", files.journey)] : []),
  ]);
  const translations = toTranslations(files.translations);
  for (const [locale, kinds] of Object.entries(translations) as [TranslationLocale, LocaleTranslations][]) {
    for (const [kind, list] of Object.entries(kinds) as [keyof LocaleTranslations, { id: string }[]][]) {
      for (const file of list) {
        const path = join(dir, translationPath(locale, kind, file.id).replace(/^data\//, ""));
        await mkdir(join(path, ".."), { recursive: true });
        await writeFile(path, JSON.stringify(kind === "stakeholders" ? list : file, null, 2));
      }
    }
  }
  return dir;
}

/** A URL for a fresh database file in a new temporary folder (not :memory:, see STYLE.md). */
/** The tables the seed fills from the data files (journeys aside), in the order it writes them. */
export const seededTables = [
  "sources",
  "terms",
  "term_labels",
  "cases",
  "case_terms",
  "stakeholders",
  "participations",
  "relationships",
  "currencies",
  "currency_figures",
  "currency_cases",
  "currency_stakeholders",
  "case_sources",
  "stakeholder_sources",
  "relationship_sources",
  "currency_sources",
];

export async function tempDatabaseUrl(): Promise<string> {
  return `file:${join(await mkdtemp(join(tmpdir(), "atlas-db-")), "test.db")}`;
}

/** A migrated database seeded with the given data. */
export async function openTestDatabase(data: AtlasData): Promise<Database> {
  const { db } = await prepareDatabase({ url: await tempDatabaseUrl() }, { data });
  return db;
}
