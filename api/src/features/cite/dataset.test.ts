import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyAt, type TestApp, testApp } from "../../testing.ts";
import { readDatasetRelease } from "./dataset-version.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const dataset = () => bodyAt(t.client().api.dataset.$get(), 200);

describe("GET /api/dataset", () => {
  it("names the release from data/release.json and the hash of the content served", async () => {
    const body = await dataset();
    expect(body.version).toBe(readDatasetRelease().version);
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(body.shortHash).toBe(body.hash.slice(0, 12));
    expect(body.label).toBe(`${body.version}+${body.shortHash}`);
    expect(body.modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.counts).toEqual({ cases: 2, stakeholders: 3, currencies: 1, sources: 3 });
  });

  it("gives the same hash while nothing changes, and a new one when a record changes", async () => {
    const before = (await dataset()).hash;
    expect((await dataset()).hash).toBe(before);
    await t.db.run(
      sql`UPDATE record_revisions SET doc = json_set(doc, '$.summary', 'Changed by a curator')
        WHERE kind = 'case' AND record_id = 'seville-care'
          AND number = (SELECT revision FROM record_heads WHERE kind = 'case' AND id = 'seville-care')`,
    );
    await t.db.run(sql`UPDATE cases SET summary = 'Changed by a curator' WHERE id = 'seville-care'`);
    const after = (await dataset()).hash;
    expect(after).not.toBe(before);
  });
});

describe("data/release.json", () => {
  it("is a valid release: a version, its date and notes", () => {
    const release = readDatasetRelease();
    expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Date.parse(release.date)).not.toBeNaN();
  });
});
