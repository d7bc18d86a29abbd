/**
 * Writes a record's document into the tables the API queries (its row and its link rows), or removes
 * it. Each record owns its links, so a record is replaced without touching any other.
 */
import { eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import type { RecordKind } from "../schema.ts";
import * as t from "../schema.ts";
import { toCaseRows, toCurrencyRows, toStakeholderRows } from "../seed/to-rows.ts";
import { parseDocument } from "./documents.ts";
import { insertRows, type Statement, upsertRows } from "./statements.ts";

/** The statements that make the tables show this document (validated here: a bad one throws). */
export function projectStatements(db: Database, kind: RecordKind, doc: object): Statement[] {
  if (kind === "case") return caseStatements(db, parseDocument("case", doc));
  if (kind === "stakeholder") return stakeholderStatements(db, parseDocument("stakeholder", doc));
  return currencyStatements(db, parseDocument("currency", doc));
}

/** The statements that remove a record from the tables (its links go with it). */
export function unprojectStatements(db: Database, kind: RecordKind, id: string): Statement[] {
  if (kind === "case") return [db.delete(t.cases).where(eq(t.cases.id, id))];
  if (kind === "stakeholder") return [db.delete(t.stakeholders).where(eq(t.stakeholders.id, id))];
  return [db.delete(t.currencies).where(eq(t.currencies.id, id))];
}

function caseStatements(db: Database, doc: Parameters<typeof toCaseRows>[0]): Statement[] {
  const rows = toCaseRows(doc);
  return [
    ...upsertRows(db, t.cases, [rows.case], [t.cases.id]),
    db.delete(t.caseTerms).where(eq(t.caseTerms.caseId, doc.id)),
    db.delete(t.participations).where(eq(t.participations.caseId, doc.id)),
    db.delete(t.relationships).where(eq(t.relationships.caseId, doc.id)),
    db.delete(t.caseSources).where(eq(t.caseSources.entityId, doc.id)),
    ...insertRows(db, t.caseTerms, rows.terms),
    ...insertRows(db, t.participations, rows.participations),
    ...insertRows(db, t.relationships, rows.relationships),
    ...insertRows(db, t.relationshipSources, rows.relationshipCitations),
    ...insertRows(db, t.caseSources, rows.citations),
  ];
}

function stakeholderStatements(db: Database, doc: Parameters<typeof toStakeholderRows>[0]): Statement[] {
  const rows = toStakeholderRows(doc);
  return [
    ...upsertRows(db, t.stakeholders, [rows.stakeholder], [t.stakeholders.id]),
    db.delete(t.stakeholderSources).where(eq(t.stakeholderSources.entityId, doc.id)),
    ...insertRows(db, t.stakeholderSources, rows.citations),
  ];
}

function currencyStatements(db: Database, doc: Parameters<typeof toCurrencyRows>[0]): Statement[] {
  const rows = toCurrencyRows(doc);
  return [
    ...upsertRows(db, t.currencies, [rows.currency], [t.currencies.id]),
    db.delete(t.currencyFigures).where(eq(t.currencyFigures.currencyId, doc.id)),
    db.delete(t.currencyCases).where(eq(t.currencyCases.currencyId, doc.id)),
    db.delete(t.currencyStakeholders).where(eq(t.currencyStakeholders.currencyId, doc.id)),
    db.delete(t.currencySources).where(eq(t.currencySources.entityId, doc.id)),
    ...insertRows(db, t.currencyFigures, rows.figures),
    ...insertRows(db, t.currencyCases, rows.caseLinks),
    ...insertRows(db, t.currencyStakeholders, rows.stakeholderLinks),
    ...insertRows(db, t.currencySources, rows.citations),
  ];
}
