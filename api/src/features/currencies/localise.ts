/** Currency initiatives in the language asked for, block by block (names stay as they are). */
import type { Database } from "@atlas/db/client";
import type { Locale } from "@atlas/db/schema";
import type { z } from "@hono/zod-openapi";
import { createLocaliser, noTexts } from "../translations/localise.ts";
import type { ContentInfo } from "../translations/schema.ts";
import { loadRecordTexts, localiseList } from "../translations/texts.ts";
import type { currencyDetail } from "./schema.ts";

type Detail = Omit<z.infer<typeof currencyDetail>, "content" | "translations">;

export async function localiseCurrencySummaries<T extends { id: string; region: string | null; city: string | null }>(
  db: Database,
  items: T[],
  locale: Locale,
): Promise<(T & { content: ContentInfo })[]> {
  return localiseList(db, "currency", items, locale, (item, l) => ({
    region: l.text("region", item.region),
    city: l.text("city", item.city),
  }));
}

export async function localiseCurrencyDetail(
  db: Database,
  detail: Detail,
  locale: Locale,
): Promise<Detail & { content: ContentInfo }> {
  const [own, cases] = await Promise.all([
    loadRecordTexts(db, "currency", [detail.id], locale),
    loadRecordTexts(
      db,
      "case",
      detail.cases.map((c) => c.id),
      locale,
    ),
  ]);
  const l = createLocaliser(locale, own.get(detail.id) ?? noTexts);
  return {
    ...detail,
    summary: l.text("summary", detail.summary),
    region: l.text("region", detail.region),
    city: l.text("city", detail.city),
    launchNote: l.text("launchNote", detail.launchNote),
    unitOfAccount: l.text("unitOfAccount", detail.unitOfAccount),
    issuance: l.text("issuance", detail.issuance),
    backing: l.text("backing", detail.backing),
    demurrage: l.text("demurrage", detail.demurrage),
    legalForm: l.text("legalForm", detail.legalForm),
    figures: detail.figures.map((f, i) => ({
      ...f,
      unit: l.text(`figures.${i}.unit`, f.unit),
      note: l.text(`figures.${i}.note`, f.note),
    })),
    cases: detail.cases.map((c, i) => ({
      ...c,
      title: cases.get(c.id)?.texts.get(c.title) ?? c.title,
      note: l.text(`cases.${i}.note`, c.note),
    })),
    content: l.info(),
  };
}
