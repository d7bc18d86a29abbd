/**
 * Writes records' documents into the tables the API queries (each record's row, link rows and
 * translations), or removes them. Each record owns its links, so a record is replaced without touching
 * any other. Set-based: any number of records take one statement per table (plus chunks of rows), so
 * the seed and large imports cost about what one bulk insert would.
 */
import { sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../client.ts";
import type { RecordKind } from "../schema.ts";
import * as t from "../schema.ts";
import { type CaseSearchRow, caseSearchRows, stakeholderSearchText } from "../search/index-text.ts";
import { caseTextStatements, indexCases, stakeholderTextStatements, unindexCases } from "../search/statements.ts";
import { toCaseRows, toCurrencyRows, toStakeholderRows } from "../seed/to-rows.ts";
import { parseDocument, parseTranslations } from "./documents.ts";
import { insertRows, type Statement, upsertRows } from "./statements.ts";

export interface ProjectedRecord {
  kind: RecordKind;
  id: string;
  /** The document to show, or null to remove the record. */
  doc: object | null;
}

/** Rows to insert, by table, in an order that satisfies the foreign keys. */
function emptyRows() {
  return {
    stakeholders: [] as (typeof t.stakeholders.$inferInsert)[],
    cases: [] as (typeof t.cases.$inferInsert)[],
    currencies: [] as (typeof t.currencies.$inferInsert)[],
    stakeholderSources: [] as (typeof t.stakeholderSources.$inferInsert)[],
    caseTerms: [] as (typeof t.caseTerms.$inferInsert)[],
    participations: [] as (typeof t.participations.$inferInsert)[],
    relationships: [] as (typeof t.relationships.$inferInsert)[],
    relationshipSources: [] as (typeof t.relationshipSources.$inferInsert)[],
    caseSources: [] as (typeof t.caseSources.$inferInsert)[],
    currencyFigures: [] as (typeof t.currencyFigures.$inferInsert)[],
    currencyCases: [] as (typeof t.currencyCases.$inferInsert)[],
    currencyStakeholders: [] as (typeof t.currencyStakeholders.$inferInsert)[],
    currencySources: [] as (typeof t.currencySources.$inferInsert)[],
    translationSets: [] as (typeof t.translationSets.$inferInsert)[],
    translations: [] as (typeof t.translations.$inferInsert)[],
    caseSearch: [] as CaseSearchRow[],
    stakeholderSearch: [] as { stakeholderId: string; text: string }[],
  };
}

/** The statements that make the tables show these documents (validated here: a bad one throws). */
export function projectionStatements(db: Database, records: ProjectedRecord[]): Statement[] {
  const rows = emptyRows();
  for (const r of records) if (r.doc) addRows(rows, r.kind, r.id, r.doc);
  const ids = (kind: RecordKind, which: (r: ProjectedRecord) => boolean) =>
    JSON.stringify(records.filter((r) => r.kind === kind && which(r)).map((r) => r.id));
  const removed = (kind: RecordKind) => ids(kind, (r) => r.doc === null);
  const kept = (kind: RecordKind) => ids(kind, (r) => r.doc !== null);
  const all = (kind: RecordKind) => ids(kind, () => true);
  const inList = (column: SQLiteColumn, list: string) => sql`${column} IN (SELECT value FROM json_each(${list}))`;
  const clear = (table: SQLiteTable, column: SQLiteColumn, list: string): Statement[] =>
    list === "[]" ? [] : [db.delete(table).where(inList(column, list))];
  const clearTranslations = (kind: RecordKind): Statement[] =>
    all(kind) === "[]"
      ? []
      : [
          db
            .delete(t.translations)
            .where(sql`${t.translations.kind} = ${kind} AND ${inList(t.translations.recordId, all(kind))}`),
          db
            .delete(t.translationSets)
            .where(sql`${t.translationSets.kind} = ${kind} AND ${inList(t.translationSets.recordId, all(kind))}`),
        ];
  const caseIds = (which: (r: ProjectedRecord) => boolean) =>
    records.filter((r) => r.kind === "case" && which(r)).map((r) => r.id);
  const stakeholderIds = (which: (r: ProjectedRecord) => boolean) =>
    records.filter((r) => r.kind === "stakeholder" && which(r)).map((r) => r.id);
  // The cases whose index rows change: the projected ones and those their projected stakeholders take part in.
  const reindexed = sql`SELECT value FROM json_each(${kept("case")})
    UNION SELECT case_id FROM participations WHERE stakeholder_id IN (SELECT value FROM json_each(${kept("stakeholder")}))`;
  return [
    ...(removed("case") === "[]" ? [] : [unindexCases(db, sql`SELECT value FROM json_each(${removed("case")})`)]),
    ...caseTextStatements(
      db,
      caseIds(() => true),
      rows.caseSearch,
    ),
    ...stakeholderTextStatements(
      db,
      stakeholderIds(() => true),
      rows.stakeholderSearch,
    ),
    // Removed records first, currencies before the cases and stakeholders they point at.
    ...clear(t.currencies, t.currencies.id, removed("currency")),
    ...clear(t.cases, t.cases.id, removed("case")),
    ...clear(t.stakeholders, t.stakeholders.id, removed("stakeholder")),
    ...(["currency", "case", "stakeholder"] as const).flatMap(clearTranslations),
    ...upsertRows(db, t.stakeholders, rows.stakeholders, [t.stakeholders.id]),
    ...upsertRows(db, t.cases, rows.cases, [t.cases.id]),
    ...upsertRows(db, t.currencies, rows.currencies, [t.currencies.id]),
    ...clear(t.stakeholderSources, t.stakeholderSources.entityId, kept("stakeholder")),
    ...clear(t.caseTerms, t.caseTerms.caseId, kept("case")),
    ...clear(t.participations, t.participations.caseId, kept("case")),
    // Deleting a case's relationships takes their citations with them (ON DELETE CASCADE).
    ...clear(t.relationships, t.relationships.caseId, kept("case")),
    ...clear(t.caseSources, t.caseSources.entityId, kept("case")),
    ...clear(t.currencyFigures, t.currencyFigures.currencyId, kept("currency")),
    ...clear(t.currencyCases, t.currencyCases.currencyId, kept("currency")),
    ...clear(t.currencyStakeholders, t.currencyStakeholders.currencyId, kept("currency")),
    ...clear(t.currencySources, t.currencySources.entityId, kept("currency")),
    ...insertRows(db, t.stakeholderSources, rows.stakeholderSources),
    ...insertRows(db, t.caseTerms, rows.caseTerms),
    ...insertRows(db, t.participations, rows.participations),
    ...insertRows(db, t.relationships, rows.relationships),
    ...insertRows(db, t.relationshipSources, rows.relationshipSources),
    ...insertRows(db, t.caseSources, rows.caseSources),
    ...insertRows(db, t.currencyFigures, rows.currencyFigures),
    ...insertRows(db, t.currencyCases, rows.currencyCases),
    ...insertRows(db, t.currencyStakeholders, rows.currencyStakeholders),
    ...insertRows(db, t.currencySources, rows.currencySources),
    ...insertRows(db, t.translationSets, rows.translationSets),
    ...insertRows(db, t.translations, rows.translations),
    ...(kept("case") === "[]" && kept("stakeholder") === "[]" ? [] : indexCases(db, reindexed)),
  ];
}

function addRows(rows: ReturnType<typeof emptyRows>, kind: RecordKind, id: string, doc: object): void {
  const parsed = parseTranslations(doc);
  const translations = Object.fromEntries(parsed);
  if (kind === "case") {
    const record = parseDocument("case", doc);
    rows.caseSearch.push(...caseSearchRows(record, translations));
    const r = toCaseRows(record);
    rows.cases.push(r.case);
    rows.caseTerms.push(...r.terms);
    rows.participations.push(...r.participations);
    rows.relationships.push(...r.relationships);
    rows.relationshipSources.push(...r.relationshipCitations);
    rows.caseSources.push(...r.citations);
  } else if (kind === "stakeholder") {
    const record = parseDocument("stakeholder", doc);
    rows.stakeholderSearch.push({ stakeholderId: id, text: stakeholderSearchText(record, translations) });
    const r = toStakeholderRows(record);
    rows.stakeholders.push(r.stakeholder);
    rows.stakeholderSources.push(...r.citations);
  } else {
    const r = toCurrencyRows(parseDocument("currency", doc));
    rows.currencies.push(r.currency);
    rows.currencyFigures.push(...r.figures);
    rows.currencyCases.push(...r.caseLinks);
    rows.currencyStakeholders.push(...r.stakeholderLinks);
    rows.currencySources.push(...r.citations);
  }
  for (const [locale, f] of parsed) {
    rows.translationSets.push({
      kind,
      recordId: id,
      locale,
      translatedBy: f.translatedBy,
      method: f.method,
      reviewed: f.reviewed,
      reviewedBy: f.reviewedBy ?? null,
    });
    // Only translated strings are stored: an empty text is a string still to translate.
    for (const e of f.strings) {
      if (e.text !== "")
        rows.translations.push({ kind, recordId: id, locale, field: e.field, en: e.en ?? "", text: e.text });
    }
  }
}
