/** In-process requests to the real app, and a record of the SQL batch a request sends. */

import type { createApp } from "@atlas/api/app";
import type { Database } from "@atlas/db/client";
import type { Client, InStatement } from "@libsql/client";

export type App = ReturnType<typeof createApp>;

/** GETs `path` through the app and reads the whole body, failing on anything but 200. */
export async function getOk(app: App, db: Database, path: string): Promise<string> {
  const res = await app.request(path, {}, { db });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${body.slice(0, 300)}`);
  return body;
}

/**
 * The statements of the last client.batch() call made while `run` runs: what drizzle actually
 * sent for a request, so the raw baseline replays exactly that and nothing hand-copied.
 */
export async function recordBatch(client: Client, run: () => Promise<unknown>): Promise<InStatement[]> {
  const original = client.batch;
  let recorded: InStatement[] | undefined;
  client.batch = (statements, mode) => {
    recorded = statements.map((s) => (Array.isArray(s) ? { sql: s[0], args: s[1] ?? [] } : s) as InStatement);
    return original.call(client, statements, mode);
  };
  try {
    await run();
  } finally {
    client.batch = original;
  }
  if (!recorded) throw new Error("the request sent no batch");
  return recorded;
}
