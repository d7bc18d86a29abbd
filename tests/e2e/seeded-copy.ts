/**
 * A database of its own for a test, copied from the seed written once per run (seeded-database.ts):
 * the same file a fresh `npm start` writes, without seeding it again (about 8 s on a quiet machine,
 * several times that on busy cores). The server or CLI that opens it still migrates and checks it.
 */
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";

/** Copies the seeded database into `dir` as `name` and returns its file path. */
export async function copySeededDatabase(dir: string, name = "atlas.db"): Promise<string> {
  const path = join(dir, name);
  await copyFile(inject("seededDatabase"), path);
  return path;
}

/** A `file:` URL of a copy of the seeded database in a new temporary folder. */
export async function seededDatabaseUrl(): Promise<string> {
  return `file:${await copySeededDatabase(await mkdtemp(join(tmpdir(), "atlas-seeded-")))}`;
}
