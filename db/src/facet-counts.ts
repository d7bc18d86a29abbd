/**
 * The facet count tables (migration 0010) outside their triggers: recounting them in one pass, for a
 * bulk load that writes a great many cases at once with the per-row pair counting suspended.
 */
import type { InStatement } from "@libsql/client";
import type { Database } from "./client.ts";

/** The triggers that keep facet_counts and facet_pair_counts; the membership triggers stay on. */
const countingTriggers = ["case_facets_count_insert", "case_facets_count_delete"];

/**
 * Runs `load` with per-row counting off, then recounts. Only for a database no one else writes to
 * meanwhile (a bench, a first import): another writer's changes would go uncounted until the recount.
 */
export async function withFacetCountingSuspended(db: Database, load: () => Promise<void>): Promise<void> {
  const saved = await db.$client.execute({
    sql: `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${countingTriggers.map(() => "?").join(", ")})`,
    args: countingTriggers,
  });
  await db.$client.batch(
    saved.rows.map((r) => `DROP TRIGGER ${String(r.name)}`),
    "write",
  );
  try {
    await load();
  } finally {
    await db.$client.batch(
      saved.rows.map((r) => String(r.sql)),
      "write",
    );
    await recountFacets(db);
  }
}

const chunkSize = 100_000;

/** Recounts facet_counts and facet_pair_counts from case_facets, reading it case by case in chunks. */
export async function recountFacets(db: Database): Promise<void> {
  const values = new Map<string, number>();
  const names: [string, string][] = [];
  const indexOf = (facet: string, key: string) => {
    const name = `${facet}\u0000${key}`;
    let i = values.get(name);
    if (i === undefined) {
      i = names.length;
      values.set(name, i);
      names.push([facet, key]);
    }
    return i;
  };
  const singles = new Map<number, number>();
  const pairs = new Map<number, number>();
  const add = (counts: Map<number, number>, at: number) => counts.set(at, (counts.get(at) ?? 0) + 1);
  const countCase = (members: number[]) => {
    for (const a of members) {
      add(singles, a);
      for (const b of members) if (a !== b) add(pairs, a * 65536 + b);
    }
  };
  let after = "";
  for (;;) {
    const { rows } = await db.$client.execute({
      sql: "SELECT case_id, facet, key FROM case_facets WHERE case_id > ? ORDER BY case_id LIMIT ?",
      args: [after, chunkSize],
    });
    if (rows.length === 0) break;
    const last = rows.length < chunkSize ? undefined : String(rows[rows.length - 1]?.case_id);
    let current: string | undefined;
    let members: number[] = [];
    for (const row of rows) {
      const caseId = String(row.case_id);
      // The last case of a full chunk may go on in the next one: it is read again there whole.
      if (caseId === last) break;
      if (caseId !== current) {
        countCase(members);
        members = [];
        current = caseId;
      }
      members.push(indexOf(String(row.facet), String(row.key)));
    }
    countCase(members);
    if (last === undefined) break;
    if (current === undefined) throw new Error(`case ${last} has more than ${chunkSize} facet values`);
    after = current;
  }
  const statements: InStatement[] = ["DELETE FROM facet_counts", "DELETE FROM facet_pair_counts"];
  for (const [i, count] of singles) {
    const [facet, key] = names[i] as [string, string];
    statements.push({
      sql: "INSERT INTO facet_counts (facet, key, count) VALUES (?, ?, ?)",
      args: [facet, key, count],
    });
  }
  for (const [at, count] of pairs) {
    const [facet, key] = names[Math.floor(at / 65536)] as [string, string];
    const [otherFacet, otherKey] = names[at % 65536] as [string, string];
    statements.push({
      sql: "INSERT INTO facet_pair_counts (facet, key, other_facet, other_key, count) VALUES (?, ?, ?, ?, ?)",
      args: [facet, key, otherFacet, otherKey, count],
    });
  }
  await db.$client.batch(statements, "write");
}
