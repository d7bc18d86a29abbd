import type { Database } from "@atlas/db/client";
import * as t from "@atlas/db/schema";
import type { z } from "@hono/zod-openapi";
import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import { sourceColumns } from "../sources/schema.ts";
import type { stakeholderDetail, stakeholderListQuery } from "./schema.ts";

const caseCount = sql<number>`(SELECT count(DISTINCT case_id) FROM participations p WHERE p.stakeholder_id = ${t.stakeholders.id})`;
const summary = {
  id: t.stakeholders.id,
  name: t.stakeholders.name,
  type: t.stakeholders.type,
  sseForm: t.stakeholders.sseForm,
  country: t.stakeholders.country,
  city: t.stakeholders.city,
  caseCount,
};

export async function listStakeholders(db: Database, query: z.infer<typeof stakeholderListQuery>) {
  const conditions: SQL[] = [];
  if (query.q) conditions.push(sql`instr(lower(${t.stakeholders.name}), lower(${query.q})) > 0`);
  if (query.type?.length) conditions.push(inArray(t.stakeholders.type, query.type));
  if (query.country?.length) conditions.push(inArray(t.stakeholders.country, query.country));
  const where = and(...conditions);
  const [items, total] = await db.batch([
    db
      .select(summary)
      .from(t.stakeholders)
      .where(where)
      .orderBy(asc(sql`${t.stakeholders.name} COLLATE NOCASE`))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(t.stakeholders).where(where),
  ]);
  return { items, total: total[0]?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getStakeholder(
  db: Database,
  id: string,
): Promise<Omit<z.infer<typeof stakeholderDetail>, "nameGloss" | "content" | "translations"> | undefined> {
  const [rows, cases, currencies, sources] = await db.batch([
    db
      .select({
        ...summary,
        latitude: t.stakeholders.latitude,
        longitude: t.stakeholders.longitude,
        website: t.stakeholders.website,
        description: t.stakeholders.description,
      })
      .from(t.stakeholders)
      .where(eq(t.stakeholders.id, id)),
    db
      .select({
        id: t.cases.id,
        title: t.cases.title,
        country: t.cases.country,
        roles: sql<string>`json_group_array(${t.participations.role})`,
      })
      .from(t.participations)
      .innerJoin(t.cases, eq(t.cases.id, t.participations.caseId))
      .where(eq(t.participations.stakeholderId, id))
      .groupBy(t.cases.id)
      .orderBy(asc(t.cases.title)),
    db
      .select({ id: t.currencies.id, name: t.currencies.name, role: t.currencyStakeholders.role })
      .from(t.currencyStakeholders)
      .innerJoin(t.currencies, eq(t.currencies.id, t.currencyStakeholders.currencyId))
      .where(eq(t.currencyStakeholders.stakeholderId, id)),
    db
      .select(sourceColumns)
      .from(t.stakeholderSources)
      .innerJoin(t.sources, eq(t.sources.id, t.stakeholderSources.sourceId))
      .where(eq(t.stakeholderSources.entityId, id)),
  ]);
  const row = rows[0];
  if (!row) return undefined;
  return { ...row, cases: cases.map((c) => ({ ...c, roles: JSON.parse(c.roles) as string[] })), currencies, sources };
}
