/** The filtered cases as one CSV table for researchers, multi-valued fields joined with "; ". */
import { toCsv } from "../../http/csv.ts";
import type { CaseSummary } from "./schema.ts";

export type CaseRow = CaseSummary & { sourceUrls: string[] };

const columns: [string, (c: CaseRow) => string | number | null][] = [
  ["id", (c) => c.id],
  ["title", (c) => c.title],
  ["summary", (c) => c.summary],
  ["country", (c) => c.country],
  ["region", (c) => c.region],
  ["city", (c) => c.city],
  ["latitude", (c) => c.latitude],
  ["longitude", (c) => c.longitude],
  ["start_year", (c) => c.startYear],
  ["end_year", (c) => c.endYear],
  ["status", (c) => c.status],
  ["status_year", (c) => c.statusYear],
  ["phase", (c) => c.phase.join("; ")],
  ["policy_domain", (c) => c.policyDomain.join("; ")],
  ["collaboration_type", (c) => c.collaborationType.join("; ")],
  ["need", (c) => c.need.join("; ")],
  ["sources", (c) => c.sourceUrls.join("; ")],
];

/** The table as text, its header first, then a batch of cases at a time. */
export async function* toCasesCsvText(batches: AsyncIterable<CaseRow[]>): AsyncGenerator<string> {
  yield toCsv([columns.map(([name]) => name)]);
  for await (const batch of batches) {
    if (batch.length > 0) yield toCsv(batch.map((c) => columns.map(([, value]) => value(c))));
  }
}
