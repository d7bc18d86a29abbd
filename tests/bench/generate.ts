/**
 * A reproducible synthetic corpus shaped like the atlas: cases clustered around cities, coded with
 * the real vocabulary keys, with two marker words planted in a known share of the texts so that
 * full-text search can be timed for a rare and a common term, and one in a fixed number of cases.
 */
import { createCities } from "./places.ts";
import { createRandom, createWeightedPicker, gaussian, integerBetween, pick, pickSome, type Random } from "./random.ts";

/** Case typology keys, as in data/vocabularies. */
export const vocabulary = {
  phase: ["co-commissioning", "co-design", "co-delivery", "co-assessment"],
  policyDomain: [
    "care",
    "social-services",
    "social-aid",
    "housing",
    "employment",
    "local-economy",
    "sse-promotion",
    "environment",
    "waste",
    "water",
    "food",
    "energy",
    "culture",
    "education",
    "health",
    "community-assets",
    "public-space",
    "governance",
    "community-building",
    "gender",
    "youth",
    "migration",
    "disability-inclusion",
    "mental-health",
  ],
  collaborationType: [
    "public-social-partnership",
    "public-community-partnership",
    "community-asset-transfer",
    "civic-management",
    "social-procurement",
    "participatory-budgeting",
    "public-private-partnership",
    "collaboration-pact",
  ],
  need: [
    "subsistence",
    "protection",
    "affection",
    "understanding",
    "participation",
    "idleness",
    "creation",
    "identity",
    "freedom",
  ],
} as const;

export type CaseTermScheme = keyof typeof vocabulary;

export const stakeholderTypes = [
  "public-local",
  "public-regional",
  "public-national",
  "sse-organisation",
  "community-group",
  "private-company",
  "research",
  "funder",
  "citizens",
];
const roles = ["initiator", "funder", "provider", "user", "facilitator", "partner", "promoter", "manager"];

/** Planted words: neither occurs in `words`, nor inside any of them, so LIKE and FTS find the same rows. */
export const markers = { rare: { word: "aquaponics", share: 0.01 }, common: { word: "timebank", share: 0.09 } };

/**
 * Planted in the summary of the first `count` cases whatever their number: a search whose hits stay
 * the same as the table grows, beside the markers whose hits grow with it. Drawing no random number,
 * it leaves the rest of the corpus as it was.
 */
export const fixedMarker = { word: "zeolite", count: 100 } as const;

const words = (
  "community neighbourhood council municipal social solidarity economy public service care housing network " +
  "association residents volunteers garden urban rural local regional citizens assembly budget participation " +
  "youth women migrants elderly health school education culture library market food energy water waste " +
  "recycling repair workshop space building commons management agreement pact partnership project programme " +
  "platform centre house farm land seeds kitchen canteen mobility transport bicycle square park street " +
  "district island coast port fishing heritage museum theatre music festival art craft textile employment " +
  "training skills enterprise collective mutual credit currency exchange savings loan fund grant support " +
  "inclusion disability mental wellbeing childcare family migration refugee shelter tenancy rent renovation " +
  "retrofit solar wind cooperation governance transparency open data digital tool map survey evaluation " +
  "report study pilot scheme initiative action plan strategy policy law decree regulation charter " +
  "together shared joint common mutual open free fair green circular sustainable resilient inclusive " +
  "new first second small large old young collaborative participatory democratic civic popular " +
  "with for from through across between around under within after during since into " +
  "supports builds runs manages opens shares links trains offers connects improves creates protects"
).split(" ");

export interface CaseRow {
  id: string;
  title: string;
  summary: string;
  description: string | null;
  country: string;
  city: string;
  latitude: number | null;
  longitude: number | null;
  locationPrecision: "site" | "city" | "country";
  startYear: number;
  endYear: number | null;
  status: "active" | "ended" | "planned";
  scale: string;
}

export interface Corpus {
  cases: CaseRow[];
  caseTerms: [caseId: string, scheme: CaseTermScheme, key: string][];
  stakeholders: [id: string, name: string, type: string, country: string, city: string][];
  participations: [caseId: string, stakeholderId: string, role: string][];
}

const scales = ["neighbourhood", "municipal", "regional", "national", "cross-border"];

function createTextWriter(random: Random) {
  // Zipf-like word frequencies, so ordinary words are common as in real prose.
  const nextWord = createWeightedPicker(
    random,
    words.map((_, rank) => 1 / (rank + 8)),
  );
  const text = (min: number, max: number) =>
    Array.from({ length: integerBetween(random, min, max) }, () => words[nextWord()] as string);
  const plant = (title: string[], summary: string[], word: string) => {
    const target = random() < 0.4 ? title : summary;
    target[Math.floor(random() * target.length)] = word;
  };
  return { text, plant };
}

const sentence = (parts: string[]) => {
  const joined = parts.join(" ");
  return joined[0]?.toUpperCase() + joined.slice(1);
};

/**
 * The corpus in batches of cases (each with its terms and participations; the stakeholders come with
 * the first), so a million cases are generated and loaded without ever sitting in memory at once.
 */
export function* generateCorpusBatches(caseCount: number, batchSize = 1_000, seed = 20261126): Generator<Corpus> {
  const random = createRandom(seed);
  const cities = createCities(random);
  const nextCity = createWeightedPicker(
    random,
    cities.map((c) => c.weight),
  );
  const writer = createTextWriter(random);

  const stakeholders: Corpus["stakeholders"] = Array.from({ length: Math.ceil(caseCount / 20) }, (_, i) => {
    const city = cities[nextCity()] ?? pick(random, cities);
    const name = sentence(writer.text(2, 4));
    return [`stakeholder-${i + 1}`, name, pick(random, stakeholderTypes), city.country, city.name];
  });

  let batch: Corpus = { cases: [], caseTerms: [], participations: [], stakeholders };
  for (let i = 0; i < caseCount; i++) {
    const id = `case-${String(i + 1).padStart(7, "0")}`;
    const city = cities[nextCity()] ?? pick(random, cities);
    const title = writer.text(3, 7);
    const summary = writer.text(12, 24);
    if (random() < markers.rare.share) writer.plant(title, summary, markers.rare.word);
    if (random() < markers.common.share) writer.plant(title, summary, markers.common.word);
    if (i < fixedMarker.count) summary.push(fixedMarker.word);
    const precision = random();
    // Most cases sit in town; one in ten is spread over the surrounding region; a few have no point.
    const spread = random() < 0.1 ? 0.4 : 0.06;
    const located = precision >= 0.03;
    const status = random() < 0.6 ? "active" : random() < 0.75 ? "ended" : "planned";
    const startYear = 2025 - Math.floor(35 * random() ** 2);
    batch.cases.push({
      id,
      title: sentence(title),
      summary: `${sentence(summary)}.`,
      description: random() < 0.9 ? `${sentence(writer.text(20, 40))}.` : null,
      country: city.country,
      city: city.name,
      latitude: located ? Math.min(47, Math.max(29, city.latitude + spread * gaussian(random))) : null,
      longitude: located ? Math.min(40, Math.max(-10, city.longitude + spread * gaussian(random))) : null,
      locationPrecision: !located ? "country" : precision < 0.6 ? "city" : "site",
      startYear,
      endYear: status === "ended" ? Math.min(2025, startYear + integerBetween(random, 1, 10)) : null,
      status,
      scale: pick(random, scales),
    });
    for (const scheme of Object.keys(vocabulary) as CaseTermScheme[]) {
      for (const key of pickSome(random, vocabulary[scheme], integerBetween(random, 1, 3))) {
        batch.caseTerms.push([id, scheme, key]);
      }
    }
    for (const s of pickSome(random, stakeholders, integerBetween(random, 1, 3))) {
      batch.participations.push([id, s[0], pick(random, roles)]);
    }
    if (batch.cases.length === batchSize) {
      yield batch;
      batch = { cases: [], caseTerms: [], participations: [], stakeholders: [] };
    }
  }
  if (batch.cases.length > 0 || batch.stakeholders.length > 0) yield batch;
}

/** The whole corpus at once, for the sizes that fit in memory easily. */
export function generateCorpus(caseCount: number, seed = 20261126): Corpus {
  const corpus: Corpus = { cases: [], caseTerms: [], participations: [], stakeholders: [] };
  for (const batch of generateCorpusBatches(caseCount, 10_000, seed)) {
    for (const c of batch.cases) corpus.cases.push(c);
    for (const t of batch.caseTerms) corpus.caseTerms.push(t);
    for (const p of batch.participations) corpus.participations.push(p);
    for (const s of batch.stakeholders) corpus.stakeholders.push(s);
  }
  return corpus;
}
