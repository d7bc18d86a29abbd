/** `npm run data:check`: validates data/ and prints every problem, or a one-line summary. */
import { DataError, readAtlasData } from "../seed/data-files.ts";

try {
  const data = await readAtlasData();
  console.log(
    `data ok: ${data.cases.length} cases, ${data.stakeholders.length} stakeholders, ` +
      `${data.currencies.length} currencies, ${data.sources.length} sources, ` +
      `${data.vocabularies.reduce((n, v) => n + v.terms.length, 0)} vocabulary terms`,
  );
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
