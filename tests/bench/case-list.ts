/**
 * Filtered case list: the API request against the SQL it runs, sent raw through @libsql/client.
 * Two baselines, because the request does more than its page: the page query alone (what a list
 * costs at least) and the whole batch the API sends (page + total + 6 facets: the framework's share).
 */

import type { Database } from "@atlas/db/client";
import type { InArgs, InStatement } from "@libsql/client";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { pageQuery } from "../../api/src/features/cases/queries.ts";
import { type MeasureOptions, measure } from "./measure.ts";
import type { Comparison } from "./report.ts";
import { type App, getOk, recordBatch } from "./request.ts";

const path = "/api/cases?country=ES&phase=co-delivery&pageSize=20";
const filters = { country: ["ES"], phase: ["co-delivery"] };

const sameStatement = (a: InStatement, b: InStatement) =>
  typeof a !== "string" &&
  typeof b !== "string" &&
  a.sql === b.sql &&
  JSON.stringify(a.args) === JSON.stringify(b.args);

export async function benchCaseList(db: Database, app: App, options: MeasureOptions): Promise<Comparison[]> {
  const client = db.$client;
  const query = new SQLiteAsyncDialect().sqlToQuery(pageQuery(filters, "title", 20, 0));
  const page: InStatement = { sql: query.sql, args: query.params as InArgs };
  const batch = await recordBatch(client, () => getOk(app, db, path));
  const body = JSON.parse(await getOk(app, db, path)) as { total: number; items: unknown[] };
  const pageRows = (await client.execute(page)).rows.length;
  console.log(
    `  ${path}: total ${body.total}, ${body.items.length} items; the API sent ${batch.length} statements in one batch;` +
      ` pageQuery() SQL ${batch[0] && sameStatement(batch[0], page) ? "is" : "is NOT"} its first (${pageRows} rows raw)`,
  );

  const t = await measure(
    {
      api: () => getOk(app, db, path),
      page: () => client.execute(page),
      batch: () => client.batch(batch),
    },
    options,
  );
  const api = { name: "API", timing: t.api };
  return [
    {
      label: "filtered /api/cases (page+total+6 facets) vs raw page SQL only",
      subject: api,
      baseline: { name: "raw", timing: t.page },
    },
    {
      label: `filtered /api/cases vs same ${batch.length} statements raw (batch)`,
      subject: api,
      baseline: { name: "raw", timing: t.batch },
    },
  ];
}
