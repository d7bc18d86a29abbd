/** The texts of streamed exports: each batch of cases put into one language, or given every language. */
import type { Database } from "@atlas/db/client";
import { type Locale, translationLocales } from "@atlas/db/schema";
import { noTexts } from "../translations/localise.ts";
import { loadRecordTexts } from "../translations/texts.ts";
import { localiseCaseSummaries } from "./localise.ts";
import type { CaseSummaryRow } from "./queries.ts";

/** Each batch in `locale`, read with one query per batch (a batch is a few hundred cases). */
export async function* localisedBatches<T extends CaseSummaryRow>(
  db: Database,
  batches: AsyncIterable<T[]>,
  locale: Locale,
) {
  for await (const batch of batches) yield await localiseCaseSummaries(db, batch, locale);
}

/** Each batch with its texts in every translation language (a field with no translation stays empty). */
export async function* withAllTexts<T extends CaseSummaryRow>(db: Database, batches: AsyncIterable<T[]>) {
  for await (const batch of batches) {
    const ids = batch.map((r) => r.id);
    const perLocale = await Promise.all(translationLocales.map((l) => loadRecordTexts(db, "case", ids, l)));
    yield batch.map((r) => ({
      ...r,
      texts: new Map(translationLocales.map((l, i) => [l, perLocale[i]?.get(r.id) ?? noTexts])),
    }));
  }
}
