/** The published data's version: a counter the database's triggers bump on every change (see schema.ts). */
import { eq } from "drizzle-orm";
import type { Database } from "./client.ts";
import { dataVersion } from "./schema.ts";

function prepare(db: Database) {
  return db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).prepare();
}

const prepared = new WeakMap<Database, ReturnType<typeof prepare>>();

/** The current version; prepared once per database, as it is read on hot paths (ETags, caches). */
export async function readDataVersion(db: Database): Promise<number> {
  const statement = prepared.get(db) ?? prepare(db);
  prepared.set(db, statement);
  const row = await statement.get();
  return row?.version ?? 0;
}
