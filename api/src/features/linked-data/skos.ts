/**
 * The atlas's vocabularies as SKOS concept schemes: every term a concept with its labels and
 * definitions in each language it has, its key as notation, the source it comes from, and, for SSE
 * forms, the ESSGLOBAL legal form it is close to.
 */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import { essglobalLegalForm } from "./essglobal.ts";
import type { Iris } from "./iris.ts";
import { compactNode } from "./records.ts";

type Row = {
  scheme: string;
  key: string;
  locale: string;
  label: string;
  definition: string | null;
  url: string | null;
};

export async function loadVocabularyRows(db: Database): Promise<Row[]> {
  return db.all<Row>(sql`SELECT t.scheme, t.key, l.locale, l.label, l.definition, s.url
    FROM terms t JOIN term_labels l ON l.scheme = t.scheme AND l.key = t.key
    LEFT JOIN sources s ON s.id = t.source_id
    ORDER BY t.scheme, t.position, l.locale`);
}

export function toConceptSchemes(rows: Row[], iris: Iris, only?: string): Record<string, unknown>[] {
  const schemes = new Map<string, Map<string, Row[]>>();
  for (const row of rows) {
    if (only && row.scheme !== only) continue;
    const terms = schemes.get(row.scheme) ?? new Map<string, Row[]>();
    terms.set(row.key, [...(terms.get(row.key) ?? []), row]);
    schemes.set(row.scheme, terms);
  }
  return [...schemes].flatMap(([scheme, terms]) => [
    {
      "@id": iris.scheme(scheme),
      "@type": "skos:ConceptScheme",
      title: scheme,
      hasTopConcept: [...terms.keys()].map((key) => iris.concept(scheme, key)),
    },
    ...[...terms].map(([key, labels]) =>
      compactNode({
        "@id": iris.concept(scheme, key),
        "@type": "skos:Concept",
        inScheme: iris.scheme(scheme),
        topConceptOf: iris.scheme(scheme),
        notation: key,
        prefLabel: Object.fromEntries(labels.map((l) => [l.locale, l.label])),
        definition: Object.fromEntries(labels.flatMap((l) => (l.definition ? [[l.locale, l.definition]] : []))),
        source: labels[0]?.url ?? undefined,
        closeMatch: scheme === "sseForm" ? essglobalLegalForm[key] : undefined,
      }),
    ),
  ]);
}
