/** One case in full through the API, against the single primary-key read it starts with. */
import type { Database } from "@atlas/db/client";
import { type MeasureOptions, measure } from "./measure.ts";
import { createRandom } from "./random.ts";
import type { Comparison } from "./report.ts";
import { type App, getOk } from "./request.ts";

export async function benchCaseDetail(db: Database, app: App, options: MeasureOptions): Promise<Comparison[]> {
  const client = db.$client;
  const { rows } = await client.execute("SELECT id FROM cases ORDER BY id");
  const ids = rows.map((r) => String(r.id));
  // A different, reproducible case each round, so no single row stays hot in the cache.
  const random = createRandom(7);
  const sample = Array.from({ length: 1_000 }, () => ids[Math.floor(random() * ids.length)] as string);
  const idAt = (i: number) => sample[i % sample.length] as string;
  const t = await measure(
    {
      api: (i) => getOk(app, db, `/api/cases/${encodeURIComponent(idAt(i))}`),
      raw: (i) => client.execute({ sql: "SELECT * FROM cases WHERE id = ?", args: [idAt(i)] }),
    },
    options,
  );
  return [
    {
      label: "GET /api/cases/:id (6 statements) vs raw PK read",
      subject: { name: "API", timing: t.api },
      baseline: { name: "raw", timing: t.raw },
    },
  ];
}
