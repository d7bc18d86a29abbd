/**
 * vitest's global setup for the browser files: the seed of data/ written once into a template
 * database, which every browser session copies instead of seeding its own (about 8 s each on these
 * two cores, twenty sessions a run). The copy is the same file a fresh `npm start` writes, so each
 * session still starts on its own database and migrates, checks and serves it as in production.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareDatabase } from "@atlas/db/prepare";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The path of the seeded template database file. */
    seededDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), "atlas-seed-"));
  const path = join(dir, "seeded.db");
  const { db } = await prepareDatabase({ url: `file:${path}` });
  // Everything in the one file, so that copying it copies the whole database.
  await db.$client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  db.$client.close();
  project.provide("seededDatabase", path);
  return () => rm(dir, { recursive: true, force: true });
}
