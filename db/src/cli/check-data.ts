/**
 * `npm run data:check`: validates data/ (format, references) and runs the quality checks (places inside
 * their country, coverage, translations, source addresses); prints every problem, or a one-line summary.
 */
import { readCountryBoundaries } from "../seed/country-boundaries.ts";
import { DataError, readAtlasData } from "../seed/data-files.ts";
import { checkDataQuality, placeToleranceKm } from "../seed/data-quality.ts";
import { formatCoverage, translationCoverage } from "../seed/translation-coverage.ts";

try {
  const data = await readAtlasData();
  console.log(
    `Translated content (strings translated / strings in English):\n${formatCoverage(translationCoverage(data))}\n`,
  );
  const problems = checkDataQuality(data, await readCountryBoundaries());
  if (problems.length > 0) throw new DataError(problems);
  const countries = new Set(data.cases.map((c) => c.country)).size;
  const placed = [...data.cases, ...data.currencies].filter((r) => r.latitude !== undefined).length;
  console.log(
    `data ok: ${data.cases.length} cases in ${countries} countries, ${data.stakeholders.length} stakeholders, ` +
      `${data.currencies.length} currencies, ${data.sources.length} sources, ` +
      `${data.vocabularies.reduce((n, v) => n + v.terms.length, 0)} vocabulary terms; ` +
      `${placed} points inside their country (or within ${placeToleranceKm} km of it)`,
  );
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
