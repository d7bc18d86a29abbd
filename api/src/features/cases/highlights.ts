/**
 * Why each listed case was found, in the reader's language: the matched words of its title and
 * summary, and when neither holds one, a passage of its description, outcomes or lessons around the
 * matches. Only the page of results shown is read, so this costs a page's texts, not the atlas's.
 */
import type { Database } from "@atlas/db/client";
import type { Locale } from "@atlas/db/schema";
import * as t from "@atlas/db/schema";
import { highlightRanges, toSnippet, toWordTest } from "@atlas/db/search/highlight";
import { inArray } from "drizzle-orm";
import { createLocaliser, noTexts } from "../translations/localise.ts";
import type { ContentInfo } from "../translations/schema.ts";
import { loadRecordTexts } from "../translations/texts.ts";
import type { CaseSummary } from "./schema.ts";

type Listed = { id: string; title: string; summary: string; content: ContentInfo };
type Highlights = NonNullable<CaseSummary["highlights"]>;

const passageFields = ["description", "outcomes", "lessons"] as const;

/** The language a block was shown in: English where it fell back. */
const shownIn = (content: ContentInfo, path: string): Locale =>
  content.fields[path] === "fallback" || content.fields[path] === "original" ? "en" : content.lang;

export async function searchHighlights(
  db: Database,
  q: string,
  locale: Locale,
  items: Listed[],
): Promise<Map<string, Highlights>> {
  const found = new Map<string, Highlights>();
  const testIn = (lang: Locale) => toWordTest(q, lang);
  if (!testIn("en") || items.length === 0) return found;
  const withoutHit: Listed[] = [];
  for (const c of items) {
    const title = highlightRanges(c.title, testIn(shownIn(c.content, "title")) ?? (() => false));
    const summary = highlightRanges(c.summary, testIn(shownIn(c.content, "summary")) ?? (() => false));
    found.set(c.id, { title, summary });
    if (title.length === 0 && summary.length === 0) withoutHit.push(c);
  }
  for (const [id, snippet] of await passages(db, q, locale, withoutHit)) {
    const h = found.get(id);
    if (h) h.snippet = snippet;
  }
  return found;
}

/** For cases found through their longer texts, the first of those texts (in the reader's language) that holds a match. */
async function passages(db: Database, q: string, locale: Locale, items: Listed[]) {
  const result = new Map<string, NonNullable<Highlights["snippet"]>>();
  if (items.length === 0) return result;
  const ids = items.map((c) => c.id);
  const [rows, texts] = await Promise.all([
    db
      .select({
        id: t.cases.id,
        description: t.cases.description,
        outcomes: t.cases.outcomes,
        lessons: t.cases.lessons,
      })
      .from(t.cases)
      .where(inArray(t.cases.id, ids)),
    loadRecordTexts(db, "case", ids, locale),
  ]);
  for (const row of rows) {
    const l = createLocaliser(locale, texts.get(row.id) ?? noTexts);
    for (const field of passageFields) {
      const text = l.text(field, row[field]);
      if (!text) continue;
      const test = toWordTest(q, shownIn(l.info(), field));
      const snippet = test && toSnippet(text, test);
      if (snippet) {
        result.set(row.id, { field, ...snippet, lang: shownIn(l.info(), field) });
        break;
      }
    }
  }
  return result;
}
