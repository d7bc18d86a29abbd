/**
 * Helpers for the raw SQL that drizzle's builders do not express (JSON projections, INSERT …
 * SELECT guards, window functions): tables and columns still come from the schema's objects, so a
 * renamed column fails to type-check rather than at run time.
 */
import { getTableName, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

/** The current time as an ISO 8601 string with milliseconds, the form every timestamp column holds. */
export const nowSql: SQL = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** `table alias` for a FROM or JOIN clause: `${tableAs(t.workshopItems, i)}` where `i = alias(t.workshopItems, "i")`. */
export const tableAs = (table: SQLiteTable, aliased: SQLiteTable): SQL =>
  sql`${table} ${sql.identifier(getTableName(aliased))}`;

/** A column's bare name, for SET and INSERT column lists, where SQLite allows no table prefix. */
export const name = (column: { name: string }): SQL => sql`${sql.identifier(column.name)}`;
