/**
 * What a dry run checks rows against, read once from the database: the ids and terms the references
 * may use, the vocabularies' labels for the value mapping, the records (and pending proposals) a row
 * may duplicate, the sources already cited, and the country outlines.
 */
import type { Database } from "@atlas/db/client";
import { type ReferenceContext, readReferenceContext } from "@atlas/db/records/references";
import type { Scheme } from "@atlas/db/schema";
import { type CountryBoundaries, readCountryBoundaries } from "@atlas/db/seed/country-boundaries";
import { sql } from "drizzle-orm";
import type { Named } from "./duplicates.ts";
import type { ImportKind, ValueTarget } from "./fields.ts";
import { toCountryIndex, toFixedIndex, toVocabularyIndex, type ValueIndex } from "./values.ts";

export interface ExistingRecord extends Named {
  id: string;
  /** "record" for a published record, "proposal" for one waiting in the queue. */
  state: "record" | "proposal";
}

export interface ImportContext {
  references: ReferenceContext;
  indexes: Map<ValueTarget, ValueIndex>;
  existing: ExistingRecord[];
  sourceIdsByUrl: Map<string, string>;
  boundaries: CountryBoundaries;
}

let boundaries: Promise<CountryBoundaries> | undefined;

/** The outlines are read once per process (about 200 ms). */
export function countryBoundaries(): Promise<CountryBoundaries> {
  boundaries ??= readCountryBoundaries();
  return boundaries;
}

export async function readImportContext(db: Database, kind: ImportKind): Promise<ImportContext> {
  const table = kind === "case" ? sql`cases` : sql`stakeholders`;
  const name = kind === "case" ? sql`title` : sql`name`;
  const [references, labels, records, proposals, sources, outlines] = await Promise.all([
    readReferenceContext(db),
    db.all<{ scheme: Scheme; key: string; label: string }>(sql`SELECT scheme, key, label FROM term_labels`),
    db.all<ExistingRecord>(
      sql`SELECT id, ${name} AS name, country, latitude, longitude, 'record' AS state FROM ${table}`,
    ),
    db.all<ExistingRecord>(sql`SELECT target_id AS id, json_extract(body, '$.bundle.record.' || ${kind === "case" ? "title" : "name"}) AS name,
        json_extract(body, '$.bundle.record.country') AS country,
        json_extract(body, '$.bundle.record.latitude') AS latitude,
        json_extract(body, '$.bundle.record.longitude') AS longitude, 'proposal' AS state
      FROM proposals WHERE kind = ${kind} AND action = 'create' AND status IN ('pending', 'changes-requested')`),
    db.all<{ id: string; url: string }>(sql`SELECT id, url FROM sources`),
    countryBoundaries(),
  ]);
  return {
    references,
    indexes: toIndexes(labels),
    existing: [...records, ...proposals.filter((p) => typeof p.name === "string")].map(withoutNulls),
    sourceIdsByUrl: new Map(sources.map((s) => [s.url, s.id])),
    boundaries: outlines,
  };
}

function withoutNulls(r: ExistingRecord): ExistingRecord {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)) as unknown as ExistingRecord;
}

function toIndexes(labels: { scheme: Scheme; key: string; label: string }[]): Map<ValueTarget, ValueIndex> {
  const byScheme = new Map<Scheme, Map<string, string[]>>();
  for (const { scheme, key, label } of labels) {
    const terms = byScheme.get(scheme) ?? new Map<string, string[]>();
    terms.set(key, [...(terms.get(key) ?? []), label]);
    byScheme.set(scheme, terms);
  }
  const indexes = new Map<ValueTarget, ValueIndex>([
    ["country", toCountryIndex()],
    ["status", toFixedIndex("status")],
    ["scale", toFixedIndex("scale")],
  ]);
  for (const [scheme, terms] of byScheme) {
    indexes.set(
      scheme as ValueTarget,
      toVocabularyIndex(
        scheme as ValueTarget,
        [...terms].map(([key, list]) => ({ key, labels: list })),
      ),
    );
  }
  return indexes;
}
