/**
 * The map's cluster index per filters, built from the database and kept while the data version
 * stands (a few hundred bytes per point; bounded in points, least recently used first out). The
 * points are read here a chunk at a time, letting other requests in between; the index is built on
 * a worker thread (map-index-transfer.ts), since that holds its thread for seconds at a million.
 */
import { setImmediate } from "node:timers/promises";
import type { Database } from "@atlas/db/client";
import { readDataVersion } from "@atlas/db/data-version";
import { sql } from "drizzle-orm";
import { VersionedCache } from "../../lib/versioned-cache.ts";
import { inlineWorkers, type Workers } from "../../workers/pool.ts";
import {
  type ColorDimension,
  colorDimensions,
  comboKey,
  type MapIndex,
  type MapPoint,
  type PointColumns,
  type Vocabulary,
} from "./clusters.ts";
import { allCases, toCaseWhere, toFiltersKey } from "./filters.ts";
import { fromMoved } from "./map-index-transfer.ts";
import type { CaseFilters } from "./schema.ts";

/** Points kept in all cached indexes of one database together: the whole map at a million cases and more. */
const maxCachedPoints = 2_500_000;
/**
 * From this many points a build takes seconds (about 0.8 s of CPU per 100,000 on these machines):
 * after a write the map is drawn from the index before it until the new one is ready.
 */
const staleFromPoints = 50_000;
/** A chunk read holds the request thread ~50 ms on a quiet machine. */
const rowsPerRead = 10_000;

const caches = new WeakMap<Database, VersionedCache<MapIndex>>();

/** The filter parameter of each colour dimension: its values, when filtered for, are the preferred primary values. */
const preferredParam = {
  phase: "phase",
  policyDomain: "policyDomain",
  collaborationType: "collaborationType",
} as const;

interface VocabularyPositions {
  vocabulary: Vocabulary;
  /** Per dimension, the key at each vocabulary position. */
  byPosition: Record<ColorDimension, Map<number, string>>;
}

async function readVocabulary(db: Database): Promise<VocabularyPositions> {
  const rows = await db.all<{ scheme: ColorDimension; key: string; position: number }>(
    sql`SELECT scheme, key, position FROM terms WHERE scheme IN ('phase', 'policyDomain', 'collaborationType')
      ORDER BY position, key`,
  );
  const vocabulary = { phase: [], policyDomain: [], collaborationType: [] } as Vocabulary;
  const byPosition = { phase: new Map(), policyDomain: new Map(), collaborationType: new Map() } as Record<
    ColorDimension,
    Map<number, string>
  >;
  for (const r of rows) {
    vocabulary[r.scheme]?.push(r.key);
    byPosition[r.scheme]?.set(Number(r.position), r.key);
  }
  return { vocabulary, byPosition };
}

/**
 * A case's primary value of a dimension filtered for by several values: the first of those it has.
 * (Unfiltered, it is case_points' first value; filtered by one value, that value.)
 */
function preferredKey(scheme: ColorDimension, preferred: string[]) {
  return sql`(SELECT t.key FROM case_terms t JOIN terms v ON v.scheme = t.scheme AND v.key = t.key
    JOIN cases x ON x.id = t.case_id WHERE x.rowid = p.rowid AND t.scheme = ${scheme}
    AND t.key IN (SELECT value FROM json_each(${JSON.stringify(preferred)})) ORDER BY v.position, t.key LIMIT 1)`;
}

const positionColumn = {
  phase: sql`p.phase`,
  policyDomain: sql`p.policy_domain`,
  collaborationType: sql`p.collaboration_type`,
};

/** The filtered cases' points (case_points, kept by triggers), read in rowid order a chunk at a time. */
async function* readPoints(db: Database, filters: CaseFilters, terms: VocabularyPositions): AsyncGenerator<MapPoint[]> {
  const where = toCaseWhere(filters);
  const scope = where === allCases ? sql`1` : sql`p.rowid IN (SELECT c.rowid FROM cases c WHERE ${where})`;
  const columns = colorDimensions.map((d) => {
    const preferred = filters[preferredParam[d]] ?? [];
    if (preferred.length > 1) return sql`${preferredKey(d, preferred)} AS ${sql.identifier(d)}`;
    return sql`${positionColumn[d]} AS ${sql.identifier(d)}`;
  });
  let after = -1;
  for (;;) {
    // One JSON text per chunk: parsing it costs a fraction of what a row object per point does.
    const [chunk] = await db.all<{ points: string | null }>(
      sql`SELECT json_group_array(json_array(rowid, longitude, latitude, ${sql.join(
        colorDimensions.map((d) => sql.identifier(d)),
        sql`, `,
      )})) AS points FROM (SELECT p.rowid AS rowid, p.longitude AS longitude, p.latitude AS latitude,
        ${sql.join(columns, sql`, `)}
        FROM case_points p WHERE ${scope} AND p.rowid > ${after} ORDER BY p.rowid LIMIT ${rowsPerRead})`,
    );
    const rows = JSON.parse(chunk?.points ?? "[]") as PointRow[];
    if (rows.length === 0) return;
    yield rows.map(([rowid, longitude, latitude, ...values]) => {
      const keys = {} as MapPoint["keys"];
      colorDimensions.forEach((d, i) => {
        const preferred = filters[preferredParam[d]] ?? [];
        const value = values[i];
        keys[d] =
          preferred.length === 1
            ? (preferred[0] as string)
            : typeof value === "string"
              ? value
              : value === null || value === undefined
                ? null
                : (terms.byPosition[d].get(value) ?? null);
      });
      after = Math.max(after, rowid);
      return { rowid, longitude, latitude, keys };
    });
    if (rows.length < rowsPerRead) return;
    // The embedded database answers without leaving the thread: let waiting requests in between chunks.
    await setImmediate();
  }
}

/** rowid, longitude, latitude, then per colour dimension its vocabulary position or (several filtered for) key. */
type PointRow = [number, number, number, ...(number | string | null)[]];

/** The filtered cases' points are read here, a chunk at a time; the index is built on a worker thread. */
async function buildFromDatabase(db: Database, filters: CaseFilters, workers: Workers): Promise<MapIndex> {
  const terms = await readVocabulary(db);
  const points = collectColumns();
  for await (const chunk of readPoints(db, filters, terms)) for (const p of chunk) points.add(p);
  return fromMoved(
    await workers.run({ kind: "map-index", input: { vocabulary: terms.vocabulary, points: points.finish() } }),
  );
}

/** Points into typed arrays grown as they come (a number array would take twice the memory meanwhile). */
function collectColumns() {
  let size = 0;
  let columns = {
    rowid: new Float64Array(1024),
    longitude: new Float64Array(1024),
    latitude: new Float64Array(1024),
    combo: new Uint16Array(1024),
  };
  const comboOf = new Map<string, number>();
  const combos: MapPoint["keys"][] = [];
  const grow = <A extends Float64Array | Uint16Array>(array: A): A => {
    const larger = new (array.constructor as new (length: number) => A)(array.length * 2);
    larger.set(array);
    return larger;
  };
  const add = (p: MapPoint) => {
    if (size === columns.rowid.length) {
      columns = {
        rowid: grow(columns.rowid),
        longitude: grow(columns.longitude),
        latitude: grow(columns.latitude),
        combo: grow(columns.combo),
      };
    }
    const id = comboKey(p.keys);
    let combo = comboOf.get(id);
    if (combo === undefined) {
      combo = combos.push(p.keys) - 1;
      comboOf.set(id, combo);
    }
    columns.rowid[size] = p.rowid;
    columns.longitude[size] = p.longitude;
    columns.latitude[size] = p.latitude;
    columns.combo[size] = combo;
    size++;
  };
  const finish = (): PointColumns => ({
    rowid: columns.rowid.slice(0, size),
    longitude: columns.longitude.slice(0, size),
    latitude: columns.latitude.slice(0, size),
    combo: columns.combo.slice(0, size),
    combos,
  });
  return { add, finish };
}

/** The cluster index of these filters at the current data version, built on first use. */
export async function readMapIndex(
  db: Database,
  filters: CaseFilters,
  workers: Workers = inlineWorkers,
): Promise<MapIndex> {
  const cache =
    caches.get(db) ??
    new VersionedCache<MapIndex>({
      maxWeight: maxCachedPoints,
      weigh: (m) => m.count + 1,
      staleWhileComputing: (m) => m.count >= staleFromPoints,
    });
  caches.set(db, cache);
  return cache.get(toFiltersKey(filters), await readDataVersion(db), () => buildFromDatabase(db, filters, workers));
}

/** Builds the unfiltered map's index in the background, so the first visitor after a start needn't wait for it. */
export function warmMapIndex(db: Database, workers: Workers): Promise<void> {
  return readMapIndex(db, {}, workers).then(() => undefined);
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
