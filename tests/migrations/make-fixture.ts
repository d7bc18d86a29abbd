/**
 * `npm run db:fixture [-- --commit SHA]`: writes db/fixtures/<latest migration>.db, a small database
 * at one schema version with data in every part of it, for db/src/migrations.test.ts, which migrates
 * each fixture to the current schema. The data is written by the code of that version: the fixture
 * seed (db/src/testing) and a workshop played through its own API. Without --commit, the working
 * tree's code: run it once after adding a migration. With --commit, the code of a past commit,
 * extracted with `git archive` and run against this checkout's node_modules.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { playWorkshop } from "./workshop-scenario.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(repo, "db", "fixtures");

/** The code of `commit` in a temporary folder whose node_modules resolve @atlas/* to its own workspaces. */
async function extractTree(commit: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `atlas-fixture-${commit.slice(0, 7)}-`));
  const archive = execFileSync("git", ["archive", "--format=tar", commit, "db", "api", "data"], {
    cwd: repo,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync("tar", ["-x", "-C", root], { input: archive });
  await mkdir(join(root, "node_modules", "@atlas"), { recursive: true });
  for (const name of await readdir(join(repo, "node_modules"))) {
    if (name === "@atlas" || name === ".bin") continue;
    await symlink(join(repo, "node_modules", name), join(root, "node_modules", name));
  }
  for (const name of ["db", "api", "data"]) await symlink(join(root, name), join(root, "node_modules", "@atlas", name));
  return root;
}

const load = <T>(root: string, path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;

type Database = {
  $client: {
    execute: (sql: string | { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }>;
    close: () => void;
  };
};

async function main() {
  const args = process.argv.slice(2);
  const commit = args.includes("--commit") ? args[args.indexOf("--commit") + 1] : undefined;
  const root = commit ? await extractTree(commit) : repo;
  try {
    const journal = JSON.parse(await readFile(join(root, "db/migrations/meta/_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    const tag = journal.entries.at(-1)?.tag;
    const out = join(fixtures, `${tag}.db`);
    if (existsSync(out) && !args.includes("--force")) {
      console.log(`${out} exists (--force writes it again)`);
      return;
    }
    const { prepareDatabase } = await load<{
      prepareDatabase: (c: { url: string }, o: { data: unknown }) => Promise<{ db: Database }>;
    }>(root, "db/src/prepare.ts");
    const { writeDataDir } = await load<{ writeDataDir: () => Promise<string> }>(root, "db/src/testing/fixture.ts");
    const { readAtlasData } = await load<{ readAtlasData: (dir: string) => Promise<unknown> }>(
      root,
      "db/src/seed/data-files.ts",
    );
    const dir = await mkdtemp(join(tmpdir(), "atlas-fixture-db-"));
    const { db } = await prepareDatabase(
      { url: `file:${join(dir, "fixture.db")}` },
      {
        data: await readAtlasData(await writeDataDir()),
      },
    );
    const hasWorkshops = (await db.$client.execute("SELECT 1 FROM sqlite_schema WHERE name = 'workshops'")).rows.length;
    if (hasWorkshops) {
      const { createApp } = await load<{ createApp: () => Parameters<typeof playWorkshop>[0] }>(root, "api/src/app.ts");
      await playWorkshop(createApp(), db);
    }
    await mkdir(fixtures, { recursive: true });
    await rm(out, { force: true });
    await db.$client.execute({ sql: "VACUUM INTO ?", args: [out] });
    db.$client.close();
    await rm(dir, { recursive: true, force: true });
    console.log(`wrote ${out}${commit ? ` from ${commit}` : ""}`);
  } finally {
    if (commit) await rm(root, { recursive: true, force: true });
  }
}

await main();
