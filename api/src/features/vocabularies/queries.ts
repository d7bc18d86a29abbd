import type { Database } from "@atlas/db/client";
import { type Locale, type Scheme, schemes } from "@atlas/db/schema";
import type { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { term } from "./schema.ts";

type Term = z.infer<typeof term>;

interface Row {
  scheme: Scheme;
  key: string;
  label: string;
  definition: string | null;
  locale: Locale;
  source: string | null;
}

/** Every term of every scheme, labelled in the locale, falling back to English term by term. */
export async function listVocabularies(db: Database, locale: Locale) {
  const rows = await db.all<Row>(sql`
    SELECT t.scheme, t.key,
      coalesce(l.label, en.label) AS label,
      CASE WHEN l.label IS NOT NULL THEN coalesce(l.definition, en.definition) ELSE en.definition END AS definition,
      CASE WHEN l.label IS NOT NULL THEN l.locale ELSE 'en' END AS locale,
      CASE WHEN s.id IS NULL THEN NULL ELSE json_object('id', s.id, 'url', s.url, 'title', s.title,
        'publisher', s.publisher, 'year', s.year, 'accessed', s.accessed) END AS source
    FROM terms t
    JOIN term_labels en ON en.scheme = t.scheme AND en.key = t.key AND en.locale = 'en'
    LEFT JOIN term_labels l ON l.scheme = t.scheme AND l.key = t.key AND l.locale = ${locale}
    LEFT JOIN sources s ON s.id = t.source_id
    ORDER BY t.scheme, t.position`);
  const grouped = Object.fromEntries(schemes.map((s) => [s, [] as Term[]])) as Record<Scheme, Term[]>;
  for (const r of rows) {
    grouped[r.scheme].push({
      key: r.key,
      label: r.label,
      definition: r.definition,
      locale: r.locale,
      source: r.source ? (JSON.parse(r.source) as Term["source"]) : null,
    });
  }
  return { locale, schemes: grouped };
}
