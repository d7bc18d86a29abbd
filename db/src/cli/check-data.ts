/**
 * `npm run data:check`: validates data/ (format, references) and runs the quality checks (places inside
 * their country, coverage, translations, source addresses, fact sources); prints every problem, or a
 * one-line summary followed by the statuses due for review.
 */
import { readCountryBoundaries } from "../seed/country-boundaries.ts";
import { DataError, readAtlasData } from "../seed/data-files.ts";
import { checkDataQuality, placeToleranceKm } from "../seed/data-quality.ts";
import { findStaleStatuses, formatStaleStatus, staleAfterYears } from "../seed/stale-statuses.ts";
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
  const stale = findStaleStatuses(data, new Date().getUTCFullYear());
  if (stale.length > 0) {
    console.log(
      `\n${stale.length} status(es) last reported more than ${staleAfterYears} years ago, to review with a newer source:`,
    );
    for (const s of stale) console.log(`  ${formatStaleStatus(s)}`);
  }
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
