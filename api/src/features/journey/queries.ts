/** Reads the seeded journey and what it refers to, in one batch after the journey itself. */
import type { Database } from "@atlas/db/client";
import type { JourneyFile, JourneyView } from "@atlas/db/journey";
import * as t from "@atlas/db/schema";
import { caseSchemes, type Locale, type Scheme } from "@atlas/db/schema";
import { and, inArray, type SQL, sql } from "drizzle-orm";
import { toCaseWhere } from "../cases/filters.ts";
import type { CaseFilters } from "../cases/schema.ts";
import { sourceColumns } from "../sources/schema.ts";
import { listVocabularies } from "../vocabularies/queries.ts";
import { type ExampleCase, type JourneyLookups, viewKey } from "./to-body.ts";

/** The journey as the seed stored it (validated and checked then), or undefined when the data has none. */
export async function readJourneyFile(db: Database): Promise<JourneyFile | undefined> {
  const row = await db.select({ doc: t.journeys.doc }).from(t.journeys).orderBy(t.journeys.id).limit(1).get();
  return row ? (JSON.parse(row.doc) as JourneyFile) : undefined;
}

const currencySchemes = { currencyModel: t.currencies.model, currencyGovernance: t.currencies.governance } as const;

export async function readLookups(db: Database, file: JourneyFile, locale: Locale): Promise<JourneyLookups> {
  const caseIds = [...new Set(file.steps.flatMap((s) => s.examples.map((e) => e.case)))];
  const views = file.steps.flatMap((s) => s.views.map((v, i) => ({ key: viewKey(s.id, i), view: v })));
  const json = JSON.stringify(caseIds);
  const [caseRows, codingRows, countRows, sourceRows, ...viewRows] = await db.batch([
    // A case's title in the reader's language where its translation matches the current English.
    db.all<ExampleCase>(sql`
      SELECT c.id, coalesce(tr.text, c.title) AS title, CASE WHEN tr.text IS NULL THEN 'en' ELSE ${locale} END AS locale,
        c.country, c.city, c.start_year AS startYear
      FROM cases c
      LEFT JOIN translations tr ON tr.kind = 'case' AND tr.record_id = c.id AND tr.locale = ${locale}
        AND tr.field = 'title' AND tr.en = c.title AND tr.text <> ''
      WHERE c.id IN (SELECT value FROM json_each(${json}))`),
    db.all<{ caseId: string; scheme: Scheme; key: string }>(
      sql`SELECT case_id AS caseId, scheme, key FROM case_terms WHERE case_id IN (SELECT value FROM json_each(${json}))`,
    ),
    db.all<{ scheme: Scheme; key: string; n: number }>(sql`
      SELECT scheme, key, count(*) AS n FROM case_terms GROUP BY scheme, key
      UNION ALL SELECT 'currencyModel', model, count(*) FROM currencies WHERE model IS NOT NULL GROUP BY model
      UNION ALL SELECT 'currencyGovernance', governance, count(*) FROM currencies WHERE governance IS NOT NULL GROUP BY governance`),
    db.select(sourceColumns).from(t.sources).where(inArray(t.sources.id, file.source.sources)),
    ...views.map(({ view }) => countView(db, view)),
  ]);
  return {
    terms: (await listVocabularies(db, locale)).schemes,
    termCounts: new Map(countRows.map((r) => [`${r.scheme}:${r.key}`, r.n])),
    countedSchemes: new Set<Scheme>([...caseSchemes, ...(Object.keys(currencySchemes) as Scheme[])]),
    cases: new Map(caseRows.map((c) => [c.id, c])),
    coding: new Set(codingRows.map((r) => `${r.caseId}:${r.scheme}:${r.key}`)),
    sources: new Map(sourceRows.map((s) => [s.id, s])),
    viewCounts: new Map(views.map(({ key }, i) => [key, (viewRows[i] as { n: number }[])[0]?.n ?? 0])),
  };
}

/** How many records a view shows: cases for explore and network, currency initiatives for currencies. */
function countView(db: Database, view: JourneyView) {
  const f = view.filters;
  if (view.page === "currencies") {
    const conditions: SQL[] = [];
    if (f.country) conditions.push(inArray(t.currencies.country, f.country));
    for (const [scheme, column] of Object.entries(currencySchemes)) {
      const keys = f[scheme as keyof typeof currencySchemes];
      if (keys) conditions.push(inArray(column, keys));
    }
    return db
      .select({ n: sql<number>`count(*)` })
      .from(t.currencies)
      .where(and(...conditions));
  }
  const filters: CaseFilters = {
    country: f.country,
    policyDomain: f.policyDomain,
    phase: f.phase,
    collaborationType: f.collaborationType,
    need: f.need,
    stakeholderType: f.stakeholderType,
  };
  return db.all<{ n: number }>(sql`SELECT count(*) AS n FROM cases c WHERE ${toCaseWhere(filters)}`);
}
