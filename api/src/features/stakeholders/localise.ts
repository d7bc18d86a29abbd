/** Stakeholders in the language asked for: description and city translated, the name kept with an optional gloss. */
import type { Database } from "@atlas/db/client";
import type { Locale } from "@atlas/db/schema";
import { createLocaliser, noTexts } from "../translations/localise.ts";
import type { ContentInfo } from "../translations/schema.ts";
import { loadRecordTexts } from "../translations/texts.ts";

export async function localiseStakeholders<T extends { id: string; city: string | null; description?: string | null }>(
  db: Database,
  items: T[],
  locale: Locale,
): Promise<(T & { nameGloss: string | null; content: ContentInfo })[]> {
  const texts = await loadRecordTexts(
    db,
    "stakeholder",
    items.map((s) => s.id),
    locale,
  );
  return items.map((item) => {
    const record = texts.get(item.id) ?? noTexts;
    const l = createLocaliser(locale, record);
    const localised = { ...item, city: l.text("city", item.city) };
    if (item.description !== undefined) localised.description = l.text("description", item.description);
    // A gloss explains a name in the reader's language; it translates no English, so it is keyed by "".
    return { ...localised, nameGloss: record.texts.get("") ?? null, content: l.info() };
  });
}
