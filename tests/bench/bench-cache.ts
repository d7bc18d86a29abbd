/**
 * Built bench databases kept per size under a cache folder (BENCH_CACHE_DIR, by default the system's
 * temp folder), named by a hash of everything their rows come from (the generator, the builder, the
 * search projection, the migrations), so a second run reuses them and any change to what they would
 * hold builds anew. This file is not in the hash: how files are kept changes no row.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrationsFolder } from "@atlas/db/migrate";
import { buildBenchDatabase, removeDatabase } from "./build.ts";

const sources = [
  "./generate.ts",
  "./places.ts",
  "./random.ts",
  "./build.ts",
  "./load.ts",
  "./search-index.ts",
  "../../db/src/search/index-text.ts",
  "../../db/src/search/statements.ts",
].map((path) => fileURLToPath(new URL(path, import.meta.url)));

async function generatorVersion(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of sources) hash.update(await readFile(file));
  for (const name of (await readdir(migrationsFolder)).filter((n) => n.endsWith(".sql")).sort()) {
    hash.update(name).update(await readFile(join(migrationsFolder, name)));
  }
  return hash.digest("hex").slice(0, 12);
}

const cacheDir = process.env.BENCH_CACHE_DIR ?? join(tmpdir(), "atlas-bench-cache");

/** The database of `cases` generated cases from the cache, built first if missing; null seconds when reused. */
export async function cachedBenchDatabase(
  cases: number,
  searchIndex = true,
): Promise<{ file: string; buildSeconds: number | null }> {
  await mkdir(cacheDir, { recursive: true });
  const name = `cases-${cases}${searchIndex ? "" : "-no-search"}`;
  const file = join(cacheDir, `${name}-${await generatorVersion()}.db`);
  if (existsSync(file)) return { file, buildSeconds: null };
  // Older builds of this very kind are of another version: they would only fill the disk. (Only this
  // kind: "cases-1000000-" also begins "cases-1000000-no-search-...".)
  const olderBuild = new RegExp(`^${name}-[0-9a-f]{12}\\.db$`);
  for (const old of await readdir(cacheDir)) if (olderBuild.test(old)) await removeDatabase(join(cacheDir, old));
  return { file, buildSeconds: await buildBenchDatabase(file, cases, searchIndex) };
}
