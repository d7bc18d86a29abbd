/**
 * Keeps the search index in step with the records: every writer (the seed, curators' edits through the
 * projection) calls these in the same batch as its change. A case's index rows are rebuilt in SQL from
 * its own text per language and the current labels of its terms and names of its stakeholders, so a
 * renamed stakeholder or relabelled term reaches every case that has it.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import type { Statement } from "../records/statements.ts";
import type { CaseSearchRow, TermSearchRow } from "./index-text.ts";

/** Rows as JSON for one statement, whatever their number. */
const json = (value: unknown) => JSON.stringify(value);

/** Removes the index rows of the cases `ids` selects (run before the cases themselves are removed). */
export function unindexCases(db: Database, ids: SQL): Statement {
  return db.run(sql`DELETE FROM case_search WHERE rowid IN (SELECT rowid FROM cases WHERE id IN (${ids}))`);
}

/**
 * Rebuilds the index rows of the cases `ids` selects from their stored text, terms and stakeholders:
 * one row per case (rowid = the case's rowid), each column holding the case's text in every language
 * (migration 0015, decision 011).
 */
export function indexCases(db: Database, ids: SQL): Statement[] {
  return [unindexCases(db, ids), insertIndexRows(db, ids)];
}

function insertIndexRows(db: Database, ids: SQL): Statement {
  return db.run(indexRowsInsert(ids));
}

/** The statement writing the index rows of the cases `ids` selects, which have none yet (a bulk load runs only this). */
export function indexRowsInsert(ids: SQL): SQL {
  return sql`INSERT INTO case_search(rowid, title, terms, summary, body, places, actors)
      SELECT c.rowid,
        (SELECT group_concat(s.title, ' ') FROM search_text s WHERE s.case_id = c.id),
        coalesce((SELECT group_concat(ts.text, ' ') FROM case_terms ct JOIN term_search_text ts
          ON ts.scheme = ct.scheme AND ts.key = ct.key WHERE ct.case_id = c.id), ''),
        (SELECT group_concat(s.summary, ' ') FROM search_text s WHERE s.case_id = c.id),
        (SELECT group_concat(s.body, ' ') FROM search_text s WHERE s.case_id = c.id),
        (SELECT group_concat(s.places, ' ') FROM search_text s WHERE s.case_id = c.id) || ' ' ||
          coalesce((SELECT group_concat(ts.text, ' ') FROM term_search_text ts
            WHERE ts.scheme = 'place' AND ts.key = c.country || ':' || coalesce(c.city, '')), ''),
        coalesce((SELECT group_concat(st.text, ' ') FROM participations p
          JOIN stakeholder_search_text st ON st.stakeholder_id = p.stakeholder_id WHERE p.case_id = c.id), '')
      FROM cases c WHERE c.id IN (${ids}) AND c.id IN (SELECT case_id FROM search_text)`;
}

/** Writes the cases' own text per language (replacing what they had). */
export function caseTextStatements(db: Database, caseIds: string[], rows: CaseSearchRow[]): Statement[] {
  if (caseIds.length === 0) return [];
  return [
    db.run(sql`DELETE FROM search_text WHERE case_id IN (SELECT value FROM json_each(${json(caseIds)}))`),
    ...chunks(rows).map((part) =>
      db.run(sql`INSERT INTO search_text (case_id, lang, title, summary, body, places)
        SELECT j.value ->> 'caseId', j.value ->> 'lang', j.value ->> 'title', j.value ->> 'summary',
          j.value ->> 'body', j.value ->> 'places' FROM json_each(${json(part)}) j`),
    ),
  ];
}

export function stakeholderTextStatements(
  db: Database,
  ids: string[],
  rows: { stakeholderId: string; text: string }[],
): Statement[] {
  if (ids.length === 0) return [];
  return [
    db.run(
      sql`DELETE FROM stakeholder_search_text WHERE stakeholder_id IN (SELECT value FROM json_each(${json(ids)}))`,
    ),
    ...chunks(rows).map((part) =>
      db.run(sql`INSERT INTO stakeholder_search_text (stakeholder_id, text)
        SELECT j.value ->> 'stakeholderId', j.value ->> 'text' FROM json_each(${json(part)}) j`),
    ),
  ];
}

/** Replaces every term's (and place's) search text. */
export function termTextStatements(db: Database, rows: TermSearchRow[]): Statement[] {
  return [
    db.run(sql`DELETE FROM term_search_text`),
    ...chunks(rows).map((part) =>
      db.run(sql`INSERT INTO term_search_text (scheme, key, lang, text)
        SELECT j.value ->> 'scheme', j.value ->> 'key', j.value ->> 'lang', j.value ->> 'text' FROM json_each(${json(part)}) j`),
    ),
  ];
}

/** Rows in parts of a few thousand, so that no one JSON argument grows without bound. */
function chunks<T>(rows: T[], size = 2000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
