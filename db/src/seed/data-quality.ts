/**
 * The quality checks of issues #7 and #15 that go beyond the format: coordinates inside their country, the
 * coverage the atlas promises, complete vocabulary labels, source addresses that differ only in form or look
 * like placeholders, and every fact naming its source. Pure
 * functions over data that `readAtlasData` has already validated; each returns problems in the same
 * file / record / field style. They run in `npm run data:check` and the tests, not at start-up.
 */
import type { Locale } from "../schema.ts";
import type { CountryBoundaries } from "./country-boundaries.ts";
import type { AtlasData, DataProblem } from "./data-files.ts";
import { checkFactSources } from "./fact-sources.ts";
import { checkPlaceholderUrls } from "./placeholder-urls.ts";
import { distanceToEdgeKm, isInside } from "./polygon-geometry.ts";
import { checkStaleTranslations } from "./translation-coverage.ts";

/** The "done when" of issue #7. */
export const coverageTargets = {
  placedCases: 60,
  caseCountries: 14,
  participantsPerCase: 3,
  relationshipsPerCase: 2,
  currencies: 40,
} as const;

/** The countries of the MedTOWN project; each must have at least one case. */
export const medtownCountries = ["ES", "PT", "GR", "JO", "PS", "TN"] as const;

/**
 * How far outside its country's Natural Earth 1:50m outline a point may lie. That scale generalises
 * coastlines by a few kilometres and drops islets, so the GeoNames point of a harbour town or small island
 * can fall in the simplified sea. 10 km (about 0.1°) absorbs that; a point in the wrong country, or with
 * latitude and longitude swapped or a sign lost, is usually tens or hundreds of kilometres out. The price:
 * a point within 10 km of a land border passes on either side of it.
 */
export const placeToleranceKm = 10;

/** Labels every vocabulary term must have; Italian and Greek are added where available. */
export const requiredLabelLocales = ["en", "es", "fr", "ar"] as const satisfies readonly Locale[];

/** All the checks of this module. */
export function checkDataQuality(data: AtlasData, boundaries: CountryBoundaries): DataProblem[] {
  return [
    ...checkPlaces(data, boundaries),
    ...checkCoverage(data),
    ...checkTranslations(data),
    ...checkSourceUrls(data),
    ...checkStaleTranslations(data),
    ...checkPlaceholderUrls(data),
    ...checkFactSources(data),
  ];
}

interface Placed {
  file: string;
  id: string;
  country?: string;
  latitude?: number;
  longitude?: number;
}

/** Every case, currency and stakeholder with coordinates lies in (or within the tolerance of) its country. */
export function checkPlaces(data: AtlasData, boundaries: CountryBoundaries): DataProblem[] {
  const placed: Placed[] = [
    ...data.cases.map((c) => ({ ...c, file: `data/cases/${c.id}.json` })),
    ...data.currencies.map((c) => ({ ...c, file: `data/currencies/${c.id}.json` })),
    ...data.stakeholders.map((s) => ({ ...s, file: "data/stakeholders.json" })),
  ];
  return placed.flatMap((p) => {
    const problem = placeProblem(p, boundaries);
    return problem ? [{ file: p.file, record: p.id, field: "latitude", message: problem }] : [];
  });
}

function placeProblem(p: Placed, boundaries: CountryBoundaries): string | undefined {
  if (p.latitude === undefined || p.longitude === undefined) return undefined;
  const where = `(${p.latitude}, ${p.longitude})`;
  if (p.country === undefined) return `${where} cannot be checked without a country`;
  const polygons = boundaries.get(p.country);
  if (!polygons) return `${where} cannot be checked: no boundary for ${p.country} in the country outlines`;
  const point = [p.longitude, p.latitude];
  if (isInside(point, polygons)) return undefined;
  const km = distanceToEdgeKm(point, polygons);
  if (km <= placeToleranceKm) return undefined;
  const other = [...boundaries].find(([, shape]) => isInside(point, shape))?.[0];
  return `${where} lies ${Math.round(km)} km outside ${p.country}${other ? `, inside ${other}` : ""}`;
}

/** The thresholds of `coverageTargets` and `medtownCountries`, reported on the record that falls short. */
export function checkCoverage(data: AtlasData): DataProblem[] {
  const problems: DataProblem[] = [];
  const t = coverageTargets;
  const placed = data.cases.filter((c) => c.latitude !== undefined).length;
  if (placed < t.placedCases) {
    problems.push({
      file: "data/cases",
      message: `${placed} of ${data.cases.length} cases have coordinates; the atlas needs at least ${t.placedCases}`,
    });
  }
  const countries = new Set(data.cases.map((c) => c.country));
  if (countries.size < t.caseCountries) {
    problems.push({
      file: "data/cases",
      message: `cases cover ${countries.size} countries; the atlas needs at least ${t.caseCountries}`,
    });
  }
  for (const country of medtownCountries) {
    if (!countries.has(country)) {
      problems.push({ file: "data/cases", message: `no case in ${country}, a MedTOWN country` });
    }
  }
  for (const c of data.cases) {
    const at = { file: `data/cases/${c.id}.json`, record: c.id };
    if (c.participants.length < t.participantsPerCase) {
      problems.push({
        ...at,
        field: "participants",
        message: `needs at least ${t.participantsPerCase} participants, has ${c.participants.length}`,
      });
    }
    if (c.relationships.length < t.relationshipsPerCase) {
      problems.push({
        ...at,
        field: "relationships",
        message: `needs at least ${t.relationshipsPerCase} relationships, has ${c.relationships.length}`,
      });
    }
    if (c.latitude === undefined && c.locationNote === undefined) {
      problems.push({ ...at, field: "locationNote", message: "a case without coordinates needs a note saying why" });
    }
  }
  if (data.currencies.length < t.currencies) {
    problems.push({
      file: "data/currencies",
      message: `${data.currencies.length} currency initiatives; the atlas needs at least ${t.currencies}`,
    });
  }
  return problems;
}

/** Every vocabulary term has a label in each of `requiredLabelLocales`. */
export function checkTranslations(data: AtlasData): DataProblem[] {
  return data.vocabularies.flatMap((v) =>
    v.terms.flatMap((term) =>
      requiredLabelLocales
        .filter((locale) => term.label[locale] === undefined)
        .map((locale) => ({
          file: `data/vocabularies/${v.scheme}.json`,
          record: term.key,
          field: `label.${locale}`,
          message: `needs a label in ${locale}`,
        })),
    ),
  );
}

/**
 * Source addresses that differ only by http/https, the case of the host or a trailing slash: one page
 * cited twice. Identical addresses are already reported by `checkReferences`.
 */
export function checkSourceUrls(data: AtlasData): DataProblem[] {
  const first = new Map<string, { id: string; url: string }>();
  const problems: DataProblem[] = [];
  for (const s of data.sources) {
    const key = toComparableUrl(s.url);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, s);
      continue;
    }
    if (earlier.url === s.url) continue;
    problems.push({
      file: "data/sources.json",
      record: s.id,
      field: "url",
      message: `is the address of source "${earlier.id}" (${earlier.url}) written differently`,
    });
  }
  return problems;
}

function toComparableUrl(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname.replace(/\/+$/, "")}${u.search}${u.hash}`;
}
