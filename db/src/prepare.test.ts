import { describe, expect, it } from "vitest";
import { openDatabase } from "./client.ts";
import { optimizeDatabase } from "./prepare.ts";
import { tempDatabaseUrl } from "./testing/fixture.ts";

/** SQLite decides for itself when statistics want refreshing, so the busy answer is the driver's, staged. */
const answering = (error: Error & { code: string }) =>
  ({ $client: { execute: () => Promise.reject(error) } }) as unknown as Parameters<typeof optimizeDatabase>[0];
const sqliteError = (code: string) => Object.assign(new Error(`${code}: database is locked`), { code });

describe("refreshing the planner's statistics", () => {
  it("runs on a database", async () => {
    const db = await openDatabase({ url: await tempDatabaseUrl() });
    expect(await optimizeDatabase(db)).toBe(true);
    db.$client.close();
  });

  it("goes on without them while another process holds the write lock (two servers starting on one file)", async () => {
    expect(await optimizeDatabase(answering(sqliteError("SQLITE_BUSY")))).toBe(false);
  });

  it("fails on any other error", async () => {
    await expect(optimizeDatabase(answering(sqliteError("SQLITE_CORRUPT")))).rejects.toThrow("SQLITE_CORRUPT");
  });
});
