/** The published data's version: a counter the database's triggers bump on every change (see schema.ts). */
import type { Database } from "./client.ts";
import { readHot } from "./hot-reads.ts";

/** The current version; a statement prepared once, as it is read on hot paths (ETags, caches). */
export async function readDataVersion(db: Database): Promise<number> {
  const row = await readHot<{ version: number }>(db, "SELECT version FROM data_version WHERE id = 1");
  return Number(row?.version ?? 0);
}
