/**
 * Fills the search text of records that have none (a database from before the search index, or
 * written by a tool that bypassed the projection), from each record's current document.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { parseDocument, parseTranslations } from "../records/documents.ts";
import { readAllHeads } from "../records/heads.ts";
import { caseSearchRows, stakeholderSearchText } from "./index-text.ts";
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
  const caseRows = cases.flatMap((id) => {
    const doc = docOf("case", id);
    return doc ? caseSearchRows(parseDocument("case", doc), Object.fromEntries(parseTranslations(doc))) : [];
  });
  const stakeholderRows = stakeholders.flatMap((id) => {
    const doc = docOf("stakeholder", id);
    if (!doc) return [];
    const text = stakeholderSearchText(parseDocument("stakeholder", doc), Object.fromEntries(parseTranslations(doc)));
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
