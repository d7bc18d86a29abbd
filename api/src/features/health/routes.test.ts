import { describe, expect, it } from "vitest";
import { testApp } from "../../testing.ts";

describe("health", () => {
  it("answers /health and /health/live without the database", async () => {
    const t = await testApp();
    t.db.$client.close();
    expect(await t.json("/api/health")).toMatchObject({ status: 200, body: { status: "ok" } });
    expect(await t.json("/api/health/live")).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("is ready when the database answers at the latest migration", async () => {
    const t = await testApp();
    const { status, body, headers } = await t.json("/api/health/ready");
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ready", migration: expect.stringMatching(/^\d{4}_/) });
    expect(headers.get("cache-control")).toBe("no-store");
  });

  it("is not ready while draining, without a database, or when a newer version migrated it", async () => {
    let draining = true;
    const t = await testApp({ health: { draining: () => draining } });
    expect(await t.json("/api/health/ready")).toMatchObject({ status: 503, body: { error: { code: "draining" } } });
    draining = false;
    await t.db.$client.execute("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('next', 99999999999999)");
    expect(await t.json("/api/health/ready")).toMatchObject({ status: 503, body: { error: { code: "schema_newer" } } });
    t.db.$client.close();
    expect(await t.json("/api/health/ready")).toMatchObject({
      status: 503,
      body: { error: { code: "database_unreachable" } },
    });
  });
});
