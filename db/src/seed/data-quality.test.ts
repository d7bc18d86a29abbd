import { describe, expect, it } from "vitest";
import { type FixtureFiles, fixtureFiles, toAtlasData as toData } from "../testing/fixture.ts";
import type { CountryBoundaries } from "./country-boundaries.ts";
import { formatProblem } from "./data-files.ts";
import { checkCoverage, checkPlaces, checkSourceUrls, checkTranslations, medtownCountries } from "./data-quality.ts";
import type { Rings } from "./polygon-geometry.ts";

const box = (west: number, south: number, east: number, north: number) => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

/** ES: a mainland box with a hole over 38–39° N, 2–3° W, and an island; TN: one box. Seville (37.38, -5.97) is inside ES. */
const boundaries: CountryBoundaries = new Map<string, Rings[]>([
  ["ES", [[box(-9, 36, 3, 43), box(-3, 38, -2, 39)], [box(2, 39, 3, 40)]]],
  ["TN", [[box(7.5, 30, 11.5, 37.5)]]],
]);

function placesOf(edit: (files: FixtureFiles) => void): string[] {
  const files = fixtureFiles();
  edit(files);
  return checkPlaces(toData(files), boundaries).map(formatProblem);
}

describe("checkPlaces", () => {
  it("passes points inside their country, on an island of it, or just off its coast", () => {
    expect(placesOf(() => {})).toEqual([]);
    expect(
      placesOf((f) => {
        Object.assign(f.cases[0] as object, { latitude: 39.5, longitude: 2.5 });
        Object.assign(f.currencies[0] as object, { latitude: 35.95, longitude: -5.5 });
      }),
    ).toEqual([]);
  });

  it("names the record of a point in the sea, in a hole or in another country", () => {
    const problems = placesOf((f) => {
      Object.assign(f.cases[0] as object, { latitude: 38.5, longitude: -2.5 });
      Object.assign(f.cases[1] as object, { latitude: 40, longitude: 0 });
      Object.assign(f.currencies[0] as object, { latitude: 35.8, longitude: -5.5 });
    });
    expect(problems).toEqual([
      'data/cases/seville-care.json: record "seville-care", field "latitude": (38.5, -2.5) lies 44 km outside ES',
      'data/cases/tunis-housing.json: record "tunis-housing", field "latitude": (40, 0) lies 697 km outside TN, inside ES',
      'data/currencies/puma.json: record "puma", field "latitude": (35.8, -5.5) lies 22 km outside ES',
    ]);
  });

  it("reports a point it cannot check instead of passing it", () => {
    const problems = placesOf((f) => {
      Object.assign(f.cases[0] as object, { country: "PS" });
      Object.assign(f.stakeholders[0] as object, { latitude: 37.4, longitude: -6, country: undefined });
    });
    expect(problems).toEqual([
      'data/cases/seville-care.json: record "seville-care", field "latitude": (37.38, -5.97) cannot be checked: no boundary for PS in the country outlines',
      'data/stakeholders.json: record "city-of-seville", field "latitude": (37.4, -6) cannot be checked without a country',
    ]);
  });
});

describe("checkCoverage", () => {
  it("reports every target the fixture falls short of, on the record that falls short", () => {
    const problems = checkCoverage(toData(fixtureFiles())).map(formatProblem);
    expect(problems).toEqual([
      "data/cases: 2 of 2 cases have coordinates; the atlas needs at least 60",
      "data/cases: cases cover 2 countries; the atlas needs at least 14",
      "data/cases: no case in PT, a MedTOWN country",
      "data/cases: no case in GR, a MedTOWN country",
      "data/cases: no case in JO, a MedTOWN country",
      "data/cases: no case in PS, a MedTOWN country",
      'data/cases/seville-care.json: record "seville-care", field "participants": needs at least 3 participants, has 2',
      'data/cases/seville-care.json: record "seville-care", field "relationships": needs at least 2 relationships, has 1',
      'data/cases/tunis-housing.json: record "tunis-housing", field "participants": needs at least 3 participants, has 1',
      'data/cases/tunis-housing.json: record "tunis-housing", field "relationships": needs at least 2 relationships, has 0',
      "data/currencies: 1 currency initiatives; the atlas needs at least 40",
    ]);
  });

  it("passes data that meets every target, and asks why a case has no coordinates", () => {
    const files = fixtureFiles();
    const [model] = toData(files).cases;
    if (!model) throw new Error("the fixture has a case");
    files.stakeholders.push({ id: "third", name: "Third", type: "public-local", country: "ES", sources: ["src-a"] });
    const participants = [...model.participants, { stakeholder: "third", role: "provider" }];
    const agreement = { from: "coop-one", to: "third", type: "agreement", basis: "An agreement.", sources: ["src-a"] };
    const relationships = [...model.relationships, agreement];
    const countries = [...medtownCountries, "IT", "FR", "MA", "EG", "LB", "TR", "CY", "MT"];
    files.cases = Array.from({ length: 61 }, (_, i) => ({
      ...model,
      id: `case-${i}`,
      title: `Case ${i}`,
      country: countries[i % countries.length] ?? "ES",
      participants,
      relationships,
    }));
    files.cases.push({
      ...model,
      id: "unplaced",
      latitude: undefined,
      longitude: undefined,
      participants,
      relationships,
    });
    const [currency] = files.currencies;
    if (!currency) throw new Error("the fixture has a currency");
    files.currencies = Array.from({ length: 40 }, (_, i) => ({ ...currency, id: `c-${i}`, name: `C${i}` }));
    expect(checkCoverage(toData(files)).map(formatProblem)).toEqual([
      'data/cases/unplaced.json: record "unplaced", field "locationNote": a case without coordinates needs a note saying why',
    ]);
  });
});

describe("checkTranslations", () => {
  it("names the vocabulary file, the term and the missing label", () => {
    const files = fixtureFiles();
    const full = { en: "Co-design", es: "Codiseño", fr: "Co-conception", ar: "التصميم المشترك" };
    files.vocabularies = [
      {
        scheme: "phase",
        terms: [
          { key: "co-design", label: full, definition: { en: "x" }, source: "src-typology" },
          {
            key: "co-delivery",
            label: { en: "Co-delivery", es: "Coprestación" },
            definition: { en: "x" },
            source: "src-typology",
          },
        ],
      },
    ];
    expect(checkTranslations(toData(files)).map(formatProblem)).toEqual([
      'data/vocabularies/phase.json: record "co-delivery", field "label.fr": needs a label in fr',
      'data/vocabularies/phase.json: record "co-delivery", field "label.ar": needs a label in ar',
    ]);
  });
});

describe("checkSourceUrls", () => {
  it("reports addresses that differ only by scheme, host case or a trailing slash", () => {
    const files = fixtureFiles();
    files.sources.push(
      { id: "src-a-http", url: "http://example.org/a", title: "A again" },
      { id: "src-a-slash", url: "https://EXAMPLE.org/a/", title: "A again" },
      { id: "src-a-upper", url: "https://example.org/A", title: "Another page" },
      { id: "src-a-query", url: "https://example.org/a?page=2", title: "Another page" },
    );
    expect(checkSourceUrls(toData(files)).map(formatProblem)).toEqual([
      'data/sources.json: record "src-a-http", field "url": is the address of source "src-a" (https://example.org/a) written differently',
      'data/sources.json: record "src-a-slash", field "url": is the address of source "src-a" (https://example.org/a) written differently',
    ]);
  });

  it("leaves identical addresses to checkReferences", () => {
    const files = fixtureFiles();
    files.sources.push({ id: "src-a-again", url: "https://example.org/a", title: "A again" });
    expect(checkSourceUrls(toData(files))).toEqual([]);
  });
});
