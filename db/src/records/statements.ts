/** Small builders of batch statements shared by the seed and the record writes. */
import { getTableColumns, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import type { Database } from "../client.ts";

/** Rows per INSERT, well under SQLite's bound-parameter limit for the widest table. */
const chunkSize = 200;

export type Statement = BatchItem<"sqlite">;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(rows.slice(i, i + chunkSize));
  return out;
}

export function insertRows<T extends SQLiteTable>(db: Database, table: T, rows: T["$inferInsert"][]): Statement[] {
  return chunks(rows).map((part) => db.insert(table).values(part));
}

/** INSERT … ON CONFLICT DO UPDATE of every non-key column, in chunks. */
export function upsertRows<T extends SQLiteTable>(
  db: Database,
  table: T,
  rows: T["$inferInsert"][],
  target: SQLiteColumn[],
): Statement[] {
  const keys = new Set(target.map((c) => c.name));
  const set = Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([, c]) => !keys.has(c.name))
      .map(([property, c]) => [property, sql.raw(`excluded.\`${c.name}\``)]),
  );
  return chunks(rows).map((part) =>
    db
      .insert(table)
      .values(part)
      .onConflictDoUpdate({ target, set: set as SQLiteUpdateSetSource<T> }),
  );
}
