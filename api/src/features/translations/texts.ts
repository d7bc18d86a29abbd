/** Reads the translations and source languages of a set of records, in one round trip. */
import type { Database } from "@atlas/db/client";
import type { Locale, RecordKind, RecordOrigin } from "@atlas/db/schema";
import { sql } from "drizzle-orm";
import { createLocaliser, type Localiser, noTexts, type RecordTexts } from "./localise.ts";
import type { ContentInfo, RecordTranslations, Writer } from "./schema.ts";

const citations = {
  case: { table: sql`case_sources`, id: sql`case_id` },
  currency: { table: sql`currency_sources`, id: sql`currency_id` },
  stakeholder: { table: sql`stakeholder_sources`, id: sql`stakeholder_id` },
} as const satisfies Record<RecordKind, unknown>;
const records = {
  case: sql`cases`,
  currency: sql`currencies`,
  stakeholder: sql`stakeholders`,
} as const satisfies Record<RecordKind, unknown>;

const writers: Record<RecordOrigin, Writer> = {
  data: "atlas-editors",
  contribution: "contributor",
  import: "import",
  curator: "curator",
};

type TextRow = { recordId: string; en: string; text: string };
type SetRow = { recordId: string; translatedBy: string; method: string; reviewed: number; reviewedBy: string | null };
type LanguageRow = { recordId: string; languages: string };
type WrittenRow = { recordId: string; language: Locale; origin: RecordOrigin | null };

/**
 * The texts of each record in a language (its own language needs none), with the language it is
 * written in and the languages of its sources.
 */
export async function loadRecordTexts(
  db: Database,
  kind: RecordKind,
  ids: string[],
  locale: Locale,
): Promise<Map<string, RecordTexts>> {
  const unique = [...new Set(ids)];
  const result = new Map<string, RecordTexts>(unique.map((id) => [id, { ...noTexts, texts: new Map() }]));
  if (unique.length === 0) return result;
  const list = JSON.stringify(unique);
  const inList = sql`record_id IN (SELECT value FROM json_each(${list}))`;
  const [texts, sets, languages, written] = await db.batch([
    db.all<TextRow>(sql`SELECT record_id AS recordId, en, text FROM translations
      WHERE kind = ${kind} AND locale = ${locale} AND ${inList}`),
    db.all<SetRow>(sql`SELECT record_id AS recordId, translated_by AS translatedBy, method, reviewed, reviewed_by AS reviewedBy
      FROM translation_sets WHERE kind = ${kind} AND locale = ${locale} AND ${inList}`),
    db.all<LanguageRow>(sql`SELECT cs.${citations[kind].id} AS recordId, json_group_array(DISTINCT s.language) AS languages
      FROM ${citations[kind].table} cs JOIN sources s ON s.id = cs.source_id
      WHERE cs.${citations[kind].id} IN (SELECT value FROM json_each(${list})) AND s.language IS NOT NULL
      GROUP BY cs.${citations[kind].id}`),
    // Only what differs from a seeded English record, which is nearly every record.
    db.all<WrittenRow>(sql`SELECT r.id AS recordId, r.language, h.origin FROM ${records[kind]} r
      LEFT JOIN record_heads h ON h.kind = ${kind} AND h.id = r.id
      WHERE r.id IN (SELECT value FROM json_each(${list})) AND (r.language <> 'en' OR h.origin <> 'data')`),
  ]);
  for (const w of written as WrittenRow[]) {
    const entry = result.get(w.recordId);
    if (!entry) continue;
    entry.language = w.language;
    entry.writtenBy = writers[w.origin ?? "data"];
  }
  for (const r of texts as TextRow[]) result.get(r.recordId)?.texts.set(r.en, r.text);
  for (const s of sets as SetRow[]) {
    const entry = result.get(s.recordId);
    // English is never a translation: a record in another language shows its original to English readers.
    if (!entry || locale === "en" || locale === entry.language) continue;
    entry.translation = {
      lang: locale,
      translatedBy: s.translatedBy,
      method: s.method === "human" ? "human" : "machine",
      reviewed: Boolean(s.reviewed),
      reviewedBy: s.reviewedBy,
    };
  }
  for (const l of languages as LanguageRow[]) {
    const entry = result.get(l.recordId);
    if (entry) entry.sourceLanguages = (JSON.parse(l.languages) as string[]).sort();
  }
  return result;
}

/** Every language of one record, as stored: for exports and for translators. */
export async function loadAllTranslations(db: Database, kind: RecordKind, id: string): Promise<RecordTranslations> {
  const [sets, strings] = await db.batch([
    db.all<
      SetRow & { locale: string }
    >(sql`SELECT locale, translated_by AS translatedBy, method, reviewed, reviewed_by AS reviewedBy
      FROM translation_sets WHERE kind = ${kind} AND record_id = ${id} ORDER BY locale`),
    db.all<{ locale: string; field: string; en: string; text: string }>(sql`SELECT locale, field, en, text
      FROM translations WHERE kind = ${kind} AND record_id = ${id} ORDER BY locale, field`),
  ]);
  const out: RecordTranslations = {};
  for (const s of sets as (SetRow & { locale: string })[]) {
    out[s.locale] = {
      translatedBy: s.translatedBy,
      method: s.method === "human" ? "human" : "machine",
      reviewed: Boolean(s.reviewed),
      reviewedBy: s.reviewedBy,
      strings: (strings as { locale: string; field: string; en: string; text: string }[])
        .filter((x) => x.locale === s.locale)
        .map(({ field, en, text }) => ({ field, en, text })),
    };
  }
  return out;
}

/**
 * A list's records in `locale`, their texts loaded in one query: `pick` gives each record's translated
 * fields from its localiser, and each record gets its content info.
 */
export async function localiseList<T extends { id: string }, F>(
  db: Database,
  kind: RecordKind,
  items: T[],
  locale: Locale,
  pick: (item: T, l: Localiser) => F,
): Promise<(T & F & { content: ContentInfo })[]> {
  const texts = await loadRecordTexts(
    db,
    kind,
    items.map((i) => i.id),
    locale,
  );
  return items.map((item) => {
    const l = createLocaliser(locale, texts.get(item.id) ?? noTexts);
    return { ...item, ...pick(item, l), content: l.info() };
  });
}
