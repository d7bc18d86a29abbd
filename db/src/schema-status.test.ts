import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";
import { readSchemaStatus, shippedMigrations } from "./schema-status.ts";

let dir: string;
let db: Database;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atlas-schema-"));
  db = await openDatabase({ url: `file:${join(dir, "a.db")}` });
});
afterAll(async () => {
  db.$client.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the schema status", () => {
  it("is empty before migrating and current after, naming the latest migration", async () => {
    expect((await readSchemaStatus(db.$client)).state).toBe("empty");
    await migrateDatabase(db);
    const status = await readSchemaStatus(db.$client);
    expect(status.state).toBe("current");
    expect(status.applied?.tag).toBe(shippedMigrations().at(-1)?.tag);
  });

  it("says ahead when a newer migration was applied by newer code, and behind for an older one", async () => {
    const latest = shippedMigrations().at(-1)?.when ?? 0;
    await db.$client.execute({
      sql: "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ?)",
      args: [latest + 1],
    });
    const ahead = await readSchemaStatus(db.$client);
    expect(ahead.state).toBe("ahead");
    expect(ahead.applied?.tag).toBeUndefined();
    await db.$client.execute("DELETE FROM __drizzle_migrations WHERE hash = 'future'");
    await db.$client.execute(
      "DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)",
    );
    expect((await readSchemaStatus(db.$client)).state).toBe("behind");
  });

  it("lets two connections migrate one file at the same moment", async () => {
    const url = `file:${join(dir, "b.db")}`;
    const [one, two] = await Promise.all([openDatabase({ url }), openDatabase({ url })]);
    await Promise.all([migrateDatabase(one), migrateDatabase(two)]);
    expect((await readSchemaStatus(one.$client)).state).toBe("current");
    one.$client.close();
    two.$client.close();
  });
});
