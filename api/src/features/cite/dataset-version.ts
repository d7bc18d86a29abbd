/**
 * The dataset's version, as cited: the human release in data/release.json (bumped by the editors when
 * they publish a release) and the hash of the content the atlas serves right now. The hash covers what
 * a reader can see: every published record's document (seeded or changed by curators since), the
 * sources and the vocabularies with their labels. Two installations serving the same content cite the
 * same hash; any change, by the seed or by a curator, gives a new one.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@atlas/db/client";
import { defaultDataDir } from "@atlas/db/data-files";
import { readDataVersion } from "@atlas/db/data-version";
import { sql } from "drizzle-orm";
import { z } from "zod";

export const datasetRelease = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a version such as 1.2.0"),
    date: z.iso.date(),
    notes: z.string().min(1),
  })
  .strict();
export type DatasetRelease = z.infer<typeof datasetRelease>;

/** Reads and validates data/release.json (or the file given). */
export function readDatasetRelease(path = join(defaultDataDir, "release.json")): DatasetRelease {
  return datasetRelease.parse(JSON.parse(readFileSync(path, "utf8")));
}

export interface DatasetVersion {
  version: string;
  released: string;
  /** SHA-256 of the content, hex. */
  hash: string;
  /** Its first 12 characters, enough to tell versions apart in a citation. */
  shortHash: string;
  /** When the content last changed (the last record change or seed), as YYYY-MM-DD. */
  modified: string;
  /** `1.0.0+a1b2c3d4e5f6`: the release and the content, in one token. */
  label: string;
}

type ContentRow = { part: string; id: string; body: string | null };

/** The served content in a fixed order, one row per record, source and vocabulary label. */
const contentQuery = sql`
  SELECT 'record:' || h.kind AS part, h.id, r.doc AS body FROM record_heads h
    JOIN record_revisions r ON r.kind = h.kind AND r.record_id = h.id AND r.number = h.revision
    WHERE r.doc IS NOT NULL
  UNION ALL SELECT 'source', id, coalesce(doc, url || ' ' || title) FROM sources
  UNION ALL SELECT 'term', scheme || ':' || key || ':' || locale, label || char(31) || coalesce(definition, '') FROM term_labels
  ORDER BY 1, 2`;

const modifiedQuery = sql`SELECT max(at) AS at FROM (
  SELECT max(updated_at) AS at FROM record_heads
  UNION ALL SELECT updated_at FROM meta WHERE key = 'data_hash')`;

export async function computeContentHash(db: Database): Promise<string> {
  const rows = await db.all<ContentRow>(contentQuery);
  const hash = createHash("sha256");
  for (const row of rows) hash.update(`${row.part}\u001e${row.id}\u001e${row.body ?? ""}\u001d`);
  return hash.digest("hex");
}

const cache = new WeakMap<Database, { counter: number; value: Promise<DatasetVersion> }>();
let release: DatasetRelease | undefined;

async function compute(db: Database): Promise<DatasetVersion> {
  release ??= readDatasetRelease();
  const [hash, modified] = await Promise.all([
    computeContentHash(db),
    db.all<{ at: string | null }>(modifiedQuery).then((rows) => rows[0]?.at ?? null),
  ]);
  const shortHash = hash.slice(0, 12);
  return {
    version: release.version,
    released: release.date,
    hash,
    shortHash,
    modified: (modified ?? release.date).slice(0, 10),
    label: `${release.version}+${shortHash}`,
  };
}

/**
 * The current version. Hashing reads every record, so it is computed once per change of the
 * database's data counter (bumped by triggers on every write to published data) and shared.
 */
export async function getDatasetVersion(db: Database): Promise<DatasetVersion> {
  const counter = await readDataVersion(db);
  const cached = cache.get(db);
  if (cached && cached.counter === counter) return cached.value;
  const value = compute(db);
  cache.set(db, { counter, value });
  value.catch(() => cache.delete(db));
  return value;
}
