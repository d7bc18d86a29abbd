/**
 * Fills the search index of a bench corpus as the projection would, in six languages: the English
 * text and five stand-in translations of it (each word turned into a distinct word of the language's
 * script, so the index holds six vocabularies and six times the text), vocabulary labels from
 * data/vocabularies, stakeholder names. Also builds today's single-language index (migration 0001's
 * `cases_fts`) over the same cases, as the baseline.
 */
import type { Database } from "@atlas/db/client";
import { readAtlasData } from "@atlas/db/data-files";
import { type Locale, locales } from "@atlas/db/schema";
import type { InValue } from "@libsql/client";
import { sql } from "drizzle-orm";
import { termSearchRows, toIndexText } from "../../db/src/search/index-text.ts";
import { indexCases, termTextStatements } from "../../db/src/search/statements.ts";
import { type Corpus, fixedMarker, markers } from "./generate.ts";
import { toInsertStatements } from "./load.ts";

const arabicLetters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
const greekLetters = "αβγδεζηθικλμνξοπρστυφχψω";
const markerWords = new Set([...Object.values(markers).map((m) => m.word), fixedMarker.word]);

/** A word in a stand-in language: the markers stay (names are not translated), others change. */
function translateWord(word: string, locale: Locale): string {
  if (locale === "en" || markerWords.has(word)) return word;
  const codes = [...word.toLowerCase()].map((ch) => Math.max(0, ch.charCodeAt(0) - 97));
  if (locale === "ar") return codes.map((c) => arabicLetters[c % arabicLetters.length]).join("");
  if (locale === "el") return codes.map((c) => greekLetters[c % greekLetters.length]).join("");
  return `${word}${{ es: "ado", fr: "ement", it: "etto" }[locale]}`;
}

/** Index text per distinct word, so that 100,000 cases cost one stemming per word and language. */
function createIndexer() {
  const cache = new Map<string, string>();
  const wordIndex = (word: string, locale: Locale) => {
    const key = `${locale}:${word}`;
    let text = cache.get(key);
    if (text === undefined) {
      text = toIndexText(translateWord(word, locale), locale);
      cache.set(key, text);
    }
    return text;
  };
  return (text: string | null, locale: Locale) => {
    if (!text) return "";
    const words = new Set(
      text.split(/[^\p{L}]+/u).flatMap((w) => (w ? wordIndex(w.toLowerCase(), locale).split(" ") : [])),
    );
    return [...words].join(" ");
  };
}

export async function buildSearchIndexes(db: Database, corpus: Corpus): Promise<void> {
  const client = db.$client;
  const index = createIndexer();
  const rows: InValue[][] = corpus.cases.flatMap((c) =>
    locales.map((lang) => [
      c.id,
      lang,
      index(c.title, lang),
      index(c.summary, lang),
      index(c.description, lang),
      index(c.city, lang),
    ]),
  );
  for (let start = 0; start < rows.length; start += 6_000) {
    await client.batch(
      toInsertStatements(
        "search_text",
        ["case_id", "lang", "title", "summary", "body", "places"],
        rows.slice(start, start + 6_000),
      ),
      "write",
    );
  }
  const names = corpus.stakeholders.map(([id, name]) => [id, index(name, "en")]);
  await client.batch(toInsertStatements("stakeholder_search_text", ["stakeholder_id", "text"], names), "write");
  const terms = termTextStatements(db, termSearchRows((await readAtlasData()).vocabularies));
  await db.batch(terms as [(typeof terms)[number], ...typeof terms]);
  const statements = indexCases(db, sql`SELECT id FROM cases`);
  await db.batch(statements as [(typeof statements)[number], ...typeof statements]);
  await client.executeMultiple(`
    CREATE VIRTUAL TABLE cases_fts USING fts5(
      title, summary, description, city, region, outcomes, lessons,
      content='cases', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO cases_fts(cases_fts) VALUES ('rebuild');`);
}
