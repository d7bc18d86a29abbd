/**
 * Which migration a database is at, against the migrations this code ships: for readiness (a
 * process must not serve a schema it does not know), restores (never a newer schema) and tests.
 * drizzle records each applied migration with its journal timestamp (`created_at`), in order.
 */
import { readFileSync } from "node:fs";
import type { Client } from "@libsql/client";
import { migrationsFolder } from "./migrate.ts";

export interface Migration {
  tag: string;
  /** The journal's timestamp, which drizzle stores as the migration's `created_at`. */
  when: number;
}

let journal: Migration[] | undefined;

/** The migrations this code ships, oldest first (read once from the journal). */
export function shippedMigrations(): Migration[] {
  journal ??= (
    JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as { entries: Migration[] }
  ).entries.map(({ tag, when }) => ({ tag, when }));
  return journal;
}

export type SchemaState = "current" | "behind" | "ahead" | "empty";

export interface SchemaStatus {
  state: SchemaState;
  /** The latest migration applied, by its tag when this code knows it. */
  applied: { when: number; tag: string | undefined } | undefined;
  expected: Migration;
}

/** Reads the latest applied migration: one indexed row from a table of a few rows. */
export async function readSchemaStatus(client: Pick<Client, "execute">): Promise<SchemaStatus> {
  const shipped = shippedMigrations();
  const expected = shipped.at(-1) as Migration;
  const exists = await client.execute(
    "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'",
  );
  if (exists.rows.length === 0) return { state: "empty", applied: undefined, expected };
  const result = await client.execute("SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1");
  const row = result.rows[0];
  if (!row) return { state: "empty", applied: undefined, expected };
  const when = Number(row.created_at);
  const applied = { when, tag: shipped.find((m) => m.when === when)?.tag };
  const state = when === expected.when ? "current" : when < expected.when ? "behind" : "ahead";
  return { state, applied, expected };
}
