import type { Database } from "@atlas/db/client";
import * as t from "@atlas/db/schema";
import type { z } from "@hono/zod-openapi";
import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { sourceColumns } from "../sources/schema.ts";
import { type CurrencyFacet, type currencyDetail, currencyFacets, type currencyListQuery } from "./schema.ts";

type ListQuery = z.infer<typeof currencyListQuery>;

const summary = {
  id: t.currencies.id,
  name: t.currencies.name,
  country: t.currencies.country,
  region: t.currencies.region,
  city: t.currencies.city,
  latitude: t.currencies.latitude,
  longitude: t.currencies.longitude,
  launchYear: t.currencies.launchYear,
  endYear: t.currencies.endYear,
  status: t.currencies.status,
  statusYear: t.currencies.statusYear,
  model: t.currencies.model,
  convertibility: t.currencies.convertibility,
  governance: t.currencies.governance,
};

const orderBy = {
  name: [asc(sql`${t.currencies.name} COLLATE NOCASE`)],
  "-name": [desc(sql`${t.currencies.name} COLLATE NOCASE`)],
  launchYear: [asc(sql`${t.currencies.launchYear} IS NULL`), asc(t.currencies.launchYear), asc(t.currencies.name)],
  "-launchYear": [asc(sql`${t.currencies.launchYear} IS NULL`), desc(t.currencies.launchYear), asc(t.currencies.name)],
  country: [asc(t.currencies.country), asc(t.currencies.name)],
} satisfies Record<ListQuery["sort"], SQL[]>;

/** The filters as conditions; `omit` leaves one out, to count what each of its values would give. */
function toWhere(q: ListQuery, omit?: CurrencyFacet) {
  const c = t.currencies;
  const use = (facet: CurrencyFacet, values: string[] | undefined) =>
    omit !== facet && values !== undefined && values.length > 0;
  const conditions: (SQL | undefined)[] = [
    use("country", q.country) ? inArray(c.country, q.country as string[]) : undefined,
    use("model", q.model) ? inArray(c.model, q.model as string[]) : undefined,
    use("status", q.status) ? inArray(c.status, q.status as (typeof t.currencyStatuses)[number][]) : undefined,
    use("governance", q.governance) ? inArray(c.governance, q.governance as string[]) : undefined,
    use("convertibility", q.convertibility)
      ? inArray(c.convertibility, q.convertibility as (typeof t.convertibilities)[number][])
      : undefined,
    q.to !== undefined ? sql`${c.launchYear} <= ${q.to}` : undefined,
    q.from !== undefined
      ? or(sql`${c.endYear} >= ${q.from}`, and(isNull(c.endYear), sql`coalesce(${c.status}, '') <> 'ended'`))
      : undefined,
  ];
  return and(...conditions.filter((x): x is SQL => x !== undefined));
}

function facetQuery(db: Database, q: ListQuery, facet: CurrencyFacet) {
  const column = t.currencies[facet];
  return db
    .select({ key: column, count: count() })
    .from(t.currencies)
    .where(and(toWhere(q, facet), sql`${column} IS NOT NULL`))
    .groupBy(column)
    .orderBy(desc(count()), asc(column));
}

export async function listCurrencies(db: Database, q: ListQuery) {
  const where = toWhere(q);
  const [items, total, ...facetRows] = await db.batch([
    db
      .select(summary)
      .from(t.currencies)
      .where(where)
      .orderBy(...orderBy[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(t.currencies).where(where),
    ...currencyFacets.map((f) => facetQuery(db, q, f)),
  ]);
  const facets = Object.fromEntries(
    currencyFacets.map((f, i) => [f, (facetRows[i] ?? []).map((r) => ({ key: String(r.key), count: r.count }))]),
  ) as Record<CurrencyFacet, { key: string; count: number }[]>;
  return { items, total: total[0]?.n ?? 0, page: q.page, pageSize: q.pageSize, facets };
}

export async function getCurrency(
  db: Database,
  id: string,
): Promise<Omit<z.infer<typeof currencyDetail>, "content" | "translations"> | undefined> {
  const { id: _id, ...columns } = getTableColumns(t.currencies);
  const [rows, figures, cases, stakeholders, sources] = await db.batch([
    db
      .select({ id: t.currencies.id, ...columns })
      .from(t.currencies)
      .where(eq(t.currencies.id, id)),
    db
      .select({
        metric: t.currencyFigures.metric,
        value: t.currencyFigures.value,
        unit: t.currencyFigures.unit,
        year: t.currencyFigures.year,
        note: t.currencyFigures.note,
        sourceId: t.currencyFigures.sourceId,
      })
      .from(t.currencyFigures)
      .where(eq(t.currencyFigures.currencyId, id))
      .orderBy(asc(t.currencyFigures.metric), asc(t.currencyFigures.year), asc(t.currencyFigures.id)),
    db
      .select({ id: t.cases.id, title: t.cases.title, note: t.currencyCases.note })
      .from(t.currencyCases)
      .innerJoin(t.cases, eq(t.cases.id, t.currencyCases.caseId))
      .where(eq(t.currencyCases.currencyId, id)),
    db
      .select({
        id: t.stakeholders.id,
        name: t.stakeholders.name,
        type: t.stakeholders.type,
        role: t.currencyStakeholders.role,
      })
      .from(t.currencyStakeholders)
      .innerJoin(t.stakeholders, eq(t.stakeholders.id, t.currencyStakeholders.stakeholderId))
      .where(eq(t.currencyStakeholders.currencyId, id)),
    db
      .select(sourceColumns)
      .from(t.sources)
      .where(
        inArray(
          t.sources.id,
          sql`(SELECT source_id FROM currency_sources WHERE currency_id = ${id}
            UNION SELECT source_id FROM currency_figures WHERE currency_id = ${id})`,
        ),
      )
      .orderBy(asc(t.sources.title)),
  ]);
  const row = rows[0];
  if (!row) return undefined;
  return { ...row, figures, cases, stakeholders, sources };
}
