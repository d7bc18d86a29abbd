/** One case in full: typology, participants, relationships, linked currencies and every source. */

import type { Database } from "@atlas/db/client";
import * as t from "@atlas/db/schema";
import { caseSchemes } from "@atlas/db/schema";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { sourceColumns } from "../sources/schema.ts";
import type { CaseDetail } from "./schema.ts";

const id = sql.placeholder("id");

/** Prepared once per database: the case page is the hottest read after the list. */
function prepare(db: Database) {
  return {
    case: db.select().from(t.cases).where(eq(t.cases.id, id)).prepare(),
    terms: db
      .select({ scheme: t.caseTerms.scheme, key: t.caseTerms.key })
      .from(t.caseTerms)
      .innerJoin(t.terms, and(eq(t.terms.scheme, t.caseTerms.scheme), eq(t.terms.key, t.caseTerms.key)))
      .where(eq(t.caseTerms.caseId, id))
      .orderBy(asc(t.terms.position))
      .prepare(),
    participants: db
      .select({
        stakeholderId: t.stakeholders.id,
        name: t.stakeholders.name,
        type: t.stakeholders.type,
        sseForm: t.stakeholders.sseForm,
        country: t.stakeholders.country,
        role: t.participations.role,
        note: t.participations.note,
      })
      .from(t.participations)
      .innerJoin(t.stakeholders, eq(t.stakeholders.id, t.participations.stakeholderId))
      .where(eq(t.participations.caseId, id))
      .orderBy(asc(t.stakeholders.name))
      .prepare(),
    relationships: db
      .select({
        id: t.relationships.id,
        fromId: t.relationships.fromId,
        toId: t.relationships.toId,
        type: t.relationships.type,
        directed: t.relationships.directed,
        startYear: t.relationships.startYear,
        endYear: t.relationships.endYear,
        basis: t.relationships.basis,
        planned: t.relationships.planned,
        sourceIds: sql<string>`(SELECT json_group_array(source_id) FROM relationship_sources rs WHERE rs.relationship_id = ${t.relationships.id})`,
      })
      .from(t.relationships)
      .where(eq(t.relationships.caseId, id))
      .orderBy(asc(t.relationships.id))
      .prepare(),
    currencies: db
      .select({ id: t.currencies.id, name: t.currencies.name, model: t.currencies.model, note: t.currencyCases.note })
      .from(t.currencyCases)
      .innerJoin(t.currencies, eq(t.currencies.id, t.currencyCases.currencyId))
      .where(eq(t.currencyCases.caseId, id))
      .orderBy(asc(t.currencies.name))
      .prepare(),
    sources: db
      .select(sourceColumns)
      .from(t.sources)
      .where(
        inArray(
          t.sources.id,
          sql`(SELECT source_id FROM case_sources WHERE case_id = ${id}
            UNION SELECT rs.source_id FROM relationship_sources rs
            JOIN relationships r ON r.id = rs.relationship_id WHERE r.case_id = ${id})`,
        ),
      )
      .orderBy(asc(t.sources.title))
      .prepare(),
  };
}

const prepared = new WeakMap<Database, ReturnType<typeof prepare>>();

export async function getCase(
  db: Database,
  caseId: string,
): Promise<Omit<CaseDetail, "content" | "translations"> | undefined> {
  const q = prepared.get(db) ?? prepare(db);
  prepared.set(db, q);
  const args = { id: caseId };
  const row = await q.case.get(args);
  if (!row) return undefined;
  const [terms, participants, relationships, currencies, sources] = await Promise.all([
    q.terms.all(args),
    q.participants.all(args),
    q.relationships.all(args),
    q.currencies.all(args),
    q.sources.all(args),
  ]);
  const related = row.relatedCases;
  const titles = related.length
    ? await db
        .select({ id: t.cases.id, title: t.cases.title })
        .from(t.cases)
        .where(
          inArray(
            t.cases.id,
            related.map((l) => l.case),
          ),
        )
    : [];
  const typology = Object.fromEntries(
    caseSchemes.map((scheme) => [scheme, terms.filter((term) => term.scheme === scheme).map((term) => term.key)]),
  ) as Record<(typeof caseSchemes)[number], string[]>;
  return {
    ...row,
    ...typology,
    relatedCases: related.flatMap((l) => {
      const title = titles.find((x) => x.id === l.case)?.title;
      return title ? [{ id: l.case, title, note: l.note ?? null }] : [];
    }),
    participants,
    relationships: relationships.map((r) => ({ ...r, sourceIds: JSON.parse(r.sourceIds) as string[] })),
    currencies,
    sources,
  };
}
