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

/** Cases read per query: one row each, its values joined into one string. */
const chunkSize = 20_000;
const valueSeparator = "\u001e";
const partSeparator = "\u001f";

/**
 * Recounts facet_counts and facet_pair_counts from case_facets, reading it a chunk of cases at a time
 * with each case's values in one row (a row costs far more to read than its few values to count).
 */
export async function recountFacets(db: Database): Promise<void> {
  const values = new Map<string, number>();
  const names: string[] = [];
  const indexOf = (name: string) => {
    let i = values.get(name);
    if (i === undefined) {
      i = names.length;
      values.set(name, i);
      names.push(name);
    }
    return i;
  };
  const singles = new Map<number, number>();
  const pairs = new Map<number, number>();
  const add = (counts: Map<number, number>, at: number) => counts.set(at, (counts.get(at) ?? 0) + 1);
  let after = "";
  for (;;) {
    const { rows } = await db.$client.execute({
      sql: `SELECT case_id, group_concat(facet || char(31) || key, char(30)) AS members FROM case_facets
        WHERE case_id > ? GROUP BY case_id ORDER BY case_id LIMIT ?`,
      args: [after, chunkSize],
    });
    for (const row of rows) {
      const members = String(row.members).split(valueSeparator).map(indexOf);
      for (const a of members) {
        add(singles, a);
        for (const b of members) if (a !== b) add(pairs, a * 65536 + b);
      }
    }
    if (rows.length < chunkSize) break;
    after = String(rows[rows.length - 1]?.case_id);
  }
  const part = (i: number) => (names[i] as string).split(partSeparator);
  const singleRows = [...singles].map(([i, count]) => [...part(i), count]);
  const pairRows = [...pairs].map(([at, count]) => [...part(Math.floor(at / 65536)), ...part(at % 65536), count]);
  const statements: InStatement[] = ["DELETE FROM facet_counts", "DELETE FROM facet_pair_counts"];
  for (let i = 0; i < singleRows.length; i += 5_000) {
    statements.push({
      sql: "INSERT INTO facet_counts (facet, key, count) SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2 FROM json_each(?) j",
      args: [JSON.stringify(singleRows.slice(i, i + 5_000))],
    });
  }
  for (let i = 0; i < pairRows.length; i += 5_000) {
    statements.push({
      sql: `INSERT INTO facet_pair_counts (facet, key, other_facet, other_key, count)
        SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4 FROM json_each(?) j`,
      args: [JSON.stringify(pairRows.slice(i, i + 5_000))],
    });
  }
  await db.$client.batch(statements, "write");
}
