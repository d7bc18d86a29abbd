/** Builds the JSON-LD documents the routes and content negotiation serve. */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import { getCase } from "../cases/detail.ts";
import { toCaseWhere } from "../cases/filters.ts";
import type { CaseFilters } from "../cases/schema.ts";
import { getDatasetInfo } from "../cite/routes.ts";
import { getCurrency } from "../currencies/queries.ts";
import { getStakeholder } from "../stakeholders/queries.ts";
import { toContext } from "./context.ts";
import type { Iris } from "./iris.ts";
import { caseToJsonLd, currencyToJsonLd, stakeholderToJsonLd } from "./records.ts";
import { loadVocabularyRows, toConceptSchemes } from "./skos.ts";

export type RecordKind = "case" | "stakeholder" | "currency";

const document = (iris: Iris, node: Record<string, unknown>) => ({ "@context": toContext(iris), ...node });

/** One record as a JSON-LD document, or undefined when there is no such record. */
export async function toRecordDocument(db: Database, kind: RecordKind, id: string, iris: Iris) {
  if (kind === "case") {
    const found = await getCase(db, id);
    return found ? document(iris, caseToJsonLd(found, iris)) : undefined;
  }
  if (kind === "stakeholder") {
    const found = await getStakeholder(db, id);
    return found ? document(iris, stakeholderToJsonLd(found, iris)) : undefined;
  }
  const found = await getCurrency(db, id);
  return found ? document(iris, currencyToJsonLd(found, iris)) : undefined;
}

/** The concept schemes (one, or all), as SKOS. */
export async function toConceptsDocument(db: Database, iris: Iris, scheme?: string) {
  const graph = toConceptSchemes(await loadVocabularyRows(db), iris, scheme);
  return graph.length ? { "@context": toContext(iris), "@graph": graph } : undefined;
}

async function idsOf(db: Database, query: ReturnType<typeof sql>) {
  return (await db.all<{ id: string }>(query)).map((r) => r.id);
}

/**
 * The matching cases with their stakeholders, the currency initiatives tied to them and the concept
 * schemes, in one graph headed by the dataset's description (its version, licence and date).
 */
export async function toDatasetDocument(db: Database, filters: CaseFilters, iris: Iris) {
  const where = toCaseWhere(filters);
  const [caseIds, stakeholderIds, currencyIds] = await Promise.all([
    idsOf(db, sql`SELECT c.id FROM cases c WHERE ${where} ORDER BY c.id`),
    idsOf(
      db,
      sql`SELECT DISTINCT p.stakeholder_id AS id FROM participations p
      WHERE p.case_id IN (SELECT c.id FROM cases c WHERE ${where}) ORDER BY 1`,
    ),
    idsOf(
      db,
      sql`SELECT DISTINCT x.currency_id AS id FROM currency_cases x
      WHERE x.case_id IN (SELECT c.id FROM cases c WHERE ${where}) ORDER BY 1`,
    ),
  ]);
  const [info, cases, stakeholders, currencies, vocabularies] = await Promise.all([
    getDatasetInfo(db),
    Promise.all(caseIds.map((id) => getCase(db, id))),
    Promise.all(stakeholderIds.map((id) => getStakeholder(db, id))),
    Promise.all(currencyIds.map((id) => getCurrency(db, id))),
    loadVocabularyRows(db),
  ]);
  const datasetNode = {
    "@id": iris.dataset,
    "@type": "Dataset",
    name: info.title,
    publisher: { "@type": "Organization", name: info.publisher },
    license: info.licence.url,
    version: info.label,
    dateModified: info.modified,
    datePublished: info.released,
    description: `Dataset version ${info.label} (content SHA-256 ${info.hash}); ${caseIds.length} cases matching the filters, their stakeholders and linked currency initiatives.`,
  };
  const graph = [
    datasetNode,
    ...cases.flatMap((c) => (c ? [caseToJsonLd(c, iris)] : [])),
    ...stakeholders.flatMap((s) => (s ? [stakeholderToJsonLd(s, iris)] : [])),
    ...currencies.flatMap((c) => (c ? [currencyToJsonLd(c, iris)] : [])),
    ...toConceptSchemes(vocabularies, iris),
  ];
  return { document: { "@context": toContext(iris), "@graph": graph }, info };
}
