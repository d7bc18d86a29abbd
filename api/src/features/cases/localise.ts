/** Cases in the language asked for: each block translated where a translation matches its English, else English, marked. */
import type { Database } from "@atlas/db/client";
import type { Locale } from "@atlas/db/schema";
import { createLocaliser, noTexts } from "../translations/localise.ts";
import type { ContentInfo } from "../translations/schema.ts";
import { loadRecordTexts, localiseList } from "../translations/texts.ts";
import type { CaseDetail, CaseSummary } from "./schema.ts";

type SummaryText = Pick<CaseSummary, "id" | "title" | "summary" | "region" | "city">;

/** The listed cases' titles, summaries and places in `locale`, each with its content info. */
export async function localiseCaseSummaries<T extends SummaryText>(
  db: Database,
  items: T[],
  locale: Locale,
): Promise<(T & { content: ContentInfo })[]> {
  return localiseList(db, "case", items, locale, (item, l) => ({
    title: l.text("title", item.title),
    summary: l.text("summary", item.summary),
    region: l.text("region", item.region),
    city: l.text("city", item.city),
  }));
}

type DetailWithoutContent = Omit<CaseDetail, "content" | "translations">;

/** One case in full in `locale`: its own text, its participants' notes, relationship bases and related titles. */
export async function localiseCaseDetail(
  db: Database,
  detail: DetailWithoutContent,
  locale: Locale,
): Promise<DetailWithoutContent & { content: ContentInfo }> {
  const related = detail.relatedCases.map((r) => r.id);
  const [own, others] = await Promise.all([
    loadRecordTexts(db, "case", [detail.id], locale),
    loadRecordTexts(db, "case", related, locale),
  ]);
  const l = createLocaliser(locale, own.get(detail.id) ?? noTexts);
  return {
    ...detail,
    title: l.text("title", detail.title),
    summary: l.text("summary", detail.summary),
    description: l.text("description", detail.description),
    region: l.text("region", detail.region),
    city: l.text("city", detail.city),
    startNote: l.text("startNote", detail.startNote),
    outcomes: l.text("outcomes", detail.outcomes),
    lessons: l.text("lessons", detail.lessons),
    participants: detail.participants.map((p, i) => ({ ...p, note: l.text(`participants.${i}.note`, p.note) })),
    relationships: detail.relationships.map((r, i) => ({ ...r, basis: l.text(`relationships.${i}.basis`, r.basis) })),
    relatedCases: detail.relatedCases.map((r, i) => {
      const title = others.get(r.id)?.texts.get(r.title);
      return { ...r, title: title ?? r.title, note: l.text(`relatedCases.${i}.note`, r.note) };
    }),
    content: l.info(),
  };
}
