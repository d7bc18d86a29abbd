/**
 * A network's text in the language asked for: case titles and relationship bases come from the
 * cases' translations (stakeholder names stay as they are). `fields` says per block whether it is
 * translated or English as a fallback, by `cases.<id>.title` and `relationships.<id>.basis`.
 */
import type { Database } from "@atlas/db/client";
import type { Locale } from "@atlas/db/schema";
import { z } from "@hono/zod-openapi";
import { createLocaliser, noTexts } from "../translations/localise.ts";
import { blockOrigins } from "../translations/schema.ts";
import { loadRecordTexts } from "../translations/texts.ts";
import type { NetworkRows } from "./build.ts";

export const networkContent = z
  .object({
    lang: z.string().openapi({ description: "the language asked for" }),
    fields: z.record(z.string(), z.enum(blockOrigins)).openapi({
      description: "cases.<id>.title and relationships.<id>.basis: original, translated or fallback (English)",
    }),
  })
  .openapi("NetworkContent");
export type NetworkContent = z.infer<typeof networkContent>;

export async function localiseNetworkRows(
  db: Database,
  rows: NetworkRows,
  locale: Locale,
): Promise<{ rows: NetworkRows; content: NetworkContent }> {
  const texts = await loadRecordTexts(
    db,
    "case",
    rows.cases.map((c) => c.id),
    locale,
  );
  const fields: NetworkContent["fields"] = {};
  const localiser = (caseId: string, prefix: string) => {
    const l = createLocaliser(locale, texts.get(caseId) ?? noTexts);
    return <T extends string | null>(path: string, english: T): T => {
      const text = l.text(path, english);
      const origin = l.info().fields[path];
      if (origin) fields[`${prefix}.${path}`] = origin;
      return text;
    };
  };
  const cases = rows.cases.map((c) => ({ ...c, title: localiser(c.id, `cases.${c.id}`)("title", c.title) }));
  const relationships = rows.relationships.map((r) => ({
    ...r,
    basis: localiser(r.caseId, `relationships.${r.id}`)("basis", r.basis),
  }));
  return { rows: { ...rows, cases, relationships }, content: { lang: locale, fields } };
}
