import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@atlas/db/client";
import { migrateDatabase } from "@atlas/db/migrate";
import { generateCorpus } from "./generate.ts";
import { loadCorpus } from "./load.ts";

const n = Number(process.argv[2] ?? 20000);
const corpus = generateCorpus(n);
for (const drop of [true, false]) {
  const dir = await mkdtemp(join(tmpdir(), "tl-"));
  const db = await openDatabase({ url: `file:${join(dir, "x.db")}` });
  await migrateDatabase(db);
  if (drop) {
    const r = await db.$client.execute(
      "SELECT name FROM sqlite_master WHERE type='trigger' AND (name LIKE 'case_facets_count%')",
    );
    for (const row of r.rows) await db.$client.execute(`DROP TRIGGER ${row.name}`);
  }
  const t = performance.now();
  await loadCorpus(db, corpus);
  console.log(drop ? "without pair triggers" : "with facet triggers", ((performance.now() - t) / 1000).toFixed(1), "s");
}
