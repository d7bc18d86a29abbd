/** Test helpers: the app over a fresh database seeded with the fixture data. */
import { readAtlasData } from "@atlas/db/data-files";
import { openTestDatabase, writeDataDir } from "@atlas/db/testing";
import { type AppOptions, createApp } from "./app.ts";

export async function testApp(options: AppOptions = {}) {
  const db = await openTestDatabase(await readAtlasData(await writeDataDir()));
  const app = createApp(options);
  const request = (path: string, init?: RequestInit) => app.request(path, init, { db });
  const json = async <T = Record<string, unknown>>(path: string) => {
    const res = await request(path);
    return { status: res.status, body: (await res.json()) as T, headers: res.headers };
  };
  return { app, db, request, json };
}
