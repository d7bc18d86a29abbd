/**
 * Fills the search text of records that have none (a database from before the search index, or
 * written by a tool that bypassed the projection), from each record's current document, or, for a
 * database from before documents, from its English columns.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { parseDocument, parseTranslations } from "../records/documents.ts";
import { readAllHeads } from "../records/heads.ts";
import { type CaseText, caseSearchRows, stakeholderSearchText, toIndexText } from "./index-text.ts";
import { caseTextStatements, indexCases, stakeholderTextStatements } from "./statements.ts";

export async function backfillSearchText(db: Database): Promise<number> {
  const missing = await db.all<{ kind: string; id: string }>(sql`
    SELECT 'case' AS kind, id FROM cases WHERE id NOT IN (SELECT case_id FROM search_text)
    UNION ALL SELECT 'stakeholder', id FROM stakeholders WHERE id NOT IN (SELECT stakeholder_id FROM stakeholder_search_text)`);
  if (missing.length === 0) return 0;
  const heads = await readAllHeads(db);
  const cases = missing.filter((m) => m.kind === "case").map((m) => m.id);
  const stakeholders = missing.filter((m) => m.kind === "stakeholder").map((m) => m.id);
  const docOf = (kind: "case" | "stakeholder", id: string) => heads.get(`${kind}:${id}`)?.doc ?? undefined;
  const columns = new Map((await readCaseTexts(db, cases)).map((c) => [c.id, c]));
  const caseRows = cases.flatMap((id) => {
    const doc = docOf("case", id);
    if (doc) return caseSearchRows(parseDocument("case", doc), Object.fromEntries(parseTranslations(doc)));
    const row = columns.get(id);
    return row ? caseSearchRows(row, {}) : [];
  });
  const names = await readStakeholderNames(db, stakeholders);
  const stakeholderRows = stakeholders.flatMap((id) => {
    const doc = docOf("stakeholder", id);
    const text = doc
      ? stakeholderSearchText(parseDocument("stakeholder", doc), Object.fromEntries(parseTranslations(doc)))
      : toIndexText(names.get(id), "en");
    return [{ stakeholderId: id, text }];
  });
  const statements = [
    ...caseTextStatements(db, cases, caseRows),
    ...stakeholderTextStatements(db, stakeholders, stakeholderRows),
    ...indexCases(db, sql`SELECT id FROM cases`),
  ];
  await db.batch(statements as [(typeof statements)[number], ...typeof statements]);
  return missing.length;
}

function readCaseTexts(db: Database, ids: string[]): Promise<CaseText[]> {
  return db.all<CaseText>(sql`SELECT id, title, summary, country, description, outcomes, lessons, city, region
    FROM cases WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
}

async function readStakeholderNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.all<{ id: string; name: string }>(
    sql`SELECT id, name FROM stakeholders WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
