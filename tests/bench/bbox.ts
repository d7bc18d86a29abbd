/**
 * Counting cases in a 1°×1° box: the cases_rtree R*Tree against a plain (longitude, latitude)
 * B-tree, which is created here for the comparison and exists in no real database.
 */
import type { Database } from "@atlas/db/client";
import { type MeasureOptions, measure } from "./measure.ts";
import type { Comparison } from "./report.ts";

/** Between Genova and Milano: about 100 cases in the generated corpus, a regional map view. */
const box = { minLon: 9, maxLon: 10, minLat: 44, maxLat: 45 };
const args = [box.minLon, box.maxLon, box.minLat, box.maxLat];

const rtreeCount = `SELECT count(*) AS n FROM cases_rtree
  WHERE min_lon >= ?1 AND max_lon <= ?2 AND min_lat >= ?3 AND max_lat <= ?4`;
const btreeCount = `SELECT count(*) AS n FROM cases INDEXED BY bench_cases_lon_lat_idx
  WHERE longitude BETWEEN ?1 AND ?2 AND latitude BETWEEN ?3 AND ?4`;

export async function benchBbox(db: Database, options: MeasureOptions): Promise<Comparison[]> {
  const client = db.$client;
  await client.execute("CREATE INDEX bench_cases_lon_lat_idx ON cases (longitude, latitude)");
  const [rtree, btree, strip] = await Promise.all([
    client.execute({ sql: rtreeCount, args }),
    client.execute({ sql: btreeCount, args }),
    client.execute({ sql: "SELECT count(*) AS n FROM cases WHERE longitude BETWEEN ?1 AND ?2", args }),
  ]);
  const hits = Number(rtree.rows[0]?.n);
  if (hits !== Number(btree.rows[0]?.n)) throw new Error(`R*Tree counts ${hits}, B-tree ${Number(btree.rows[0]?.n)}`);
  console.log(
    `  box ${box.minLon},${box.minLat},${box.maxLon},${box.maxLat}: ${hits} cases; the B-tree walks the ${Number(strip.rows[0]?.n)} in its longitude strip`,
  );
  const t = await measure(
    {
      rtree: () => client.execute({ sql: rtreeCount, args }),
      btree: () => client.execute({ sql: btreeCount, args }),
    },
    options,
  );
  return [
    {
      label: `bbox count, 1°x1° box (${hits} hits)`,
      subject: { name: "B-tree(lon,lat)", timing: t.btree },
      baseline: { name: "R*Tree", timing: t.rtree },
    },
  ];
}
