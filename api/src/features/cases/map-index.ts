/**
 * The map's cluster index per filters, built from the database and kept while the data version
 * stands (a few hundred bytes per point; bounded in points, least recently used first out).
 */
import type { Database } from "@atlas/db/client";
import { readDataVersion } from "@atlas/db/data-version";
import { sql } from "drizzle-orm";
import { VersionedCache } from "../../lib/versioned-cache.ts";
import { colorDimensions, createMapIndexBuilder, type MapIndex, type MapPoint, type Vocabulary } from "./clusters.ts";
import { toCaseWhere, toFiltersKey } from "./filters.ts";
import type { CaseFilters } from "./schema.ts";

/** Points kept in all cached indexes of one database together: the whole map at a million cases and more. */
const maxCachedPoints = 2_500_000;
const rowsPerRead = 20_000;

const caches = new WeakMap<Database, VersionedCache<MapIndex>>();

/** The filter parameter of each colour dimension: its values, when filtered for, are the preferred primary values. */
const preferredParam = { phase: "phase", policyDomain: "domain", collaborationType: "collaboration" } as const;

async function readVocabulary(db: Database): Promise<Vocabulary> {
  const rows = await db.all<{ scheme: string; key: string }>(
    sql`SELECT scheme, key FROM terms WHERE scheme IN ('phase', 'policyDomain', 'collaborationType') ORDER BY position, key`,
  );
  const vocabulary = { phase: [], policyDomain: [], collaborationType: [] } as Vocabulary;
  for (const r of rows) vocabulary[r.scheme as keyof Vocabulary]?.push(r.key);
  return vocabulary;
}

/** A case's primary value of a dimension: the first in vocabulary order, among those filtered for if any. */
function primaryKey(scheme: string, preferred: string[]) {
  return sql`(SELECT t.key FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key
    WHERE t.case_id = c.id AND t.scheme = ${scheme}
    ORDER BY t.key IN (SELECT value FROM json_each(${JSON.stringify(preferred)})) DESC, v.position, t.key LIMIT 1)`;
}

/** The filtered cases with coordinates, read in rowid order a chunk at a time. */
async function* readPoints(db: Database, filters: CaseFilters): AsyncGenerator<MapPoint[]> {
  const where = toCaseWhere(filters);
  const [phase, policyDomain, collaborationType] = colorDimensions.map((d) =>
    primaryKey(d, filters[preferredParam[d]] ?? []),
  );
  let after = -1;
  for (;;) {
    const rows = await db.all<Record<string, number | string | null>>(
      sql`SELECT c.rowid AS rowid, c.longitude AS longitude, c.latitude AS latitude,
        ${phase} AS phase, ${policyDomain} AS policyDomain, ${collaborationType} AS collaborationType
      FROM cases c WHERE ${where} AND c.latitude IS NOT NULL AND c.longitude IS NOT NULL AND c.rowid > ${after}
      ORDER BY c.rowid LIMIT ${rowsPerRead}`,
    );
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      rowid: Number(r.rowid),
      longitude: Number(r.longitude),
      latitude: Number(r.latitude),
      keys: {
        phase: (r.phase as string | null) ?? null,
        policyDomain: (r.policyDomain as string | null) ?? null,
        collaborationType: (r.collaborationType as string | null) ?? null,
      },
    }));
    if (rows.length < rowsPerRead) return;
    after = Number(rows[rows.length - 1]?.rowid);
  }
}

async function buildMapIndex(db: Database, filters: CaseFilters): Promise<MapIndex> {
  const builder = createMapIndexBuilder(await readVocabulary(db));
  for await (const chunk of readPoints(db, filters)) for (const p of chunk) builder.add(p);
  return builder.finish();
}

/** The cluster index of these filters at the current data version, built on first use. */
export async function readMapIndex(db: Database, filters: CaseFilters): Promise<MapIndex> {
  const cache =
    caches.get(db) ?? new VersionedCache<MapIndex>({ maxWeight: maxCachedPoints, weigh: (m) => m.count + 1 });
  caches.set(db, cache);
  return cache.get(toFiltersKey(filters), await readDataVersion(db), () => buildMapIndex(db, filters));
}

/** The id and title of the cases at these rowids (those still there). */
export async function readCaseLabels(
  db: Database,
  rowids: number[],
): Promise<Map<number, { id: string; title: string }>> {
  if (rowids.length === 0) return new Map();
  const rows = await db.all<{ rowid: number; id: string; title: string }>(
    sql`SELECT rowid, id, title FROM cases WHERE rowid IN (SELECT value FROM json_each(${JSON.stringify(rowids)}))`,
  );
  return new Map(rows.map((r) => [Number(r.rowid), { id: r.id, title: r.title }]));
}
