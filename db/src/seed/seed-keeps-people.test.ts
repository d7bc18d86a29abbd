/** The seed never reverts or removes what curators and contributors changed (decision 008). */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { openDatabase } from "../client.ts";
import { migrateDatabase } from "../migrate.ts";
import { readHead } from "../records/heads.ts";
import { recordChangeStatements, runGuarded } from "../records/write.ts";
import { type FixtureFiles, fixtureFiles, tempDatabaseUrl, writeDataDir } from "../testing/fixture.ts";
import { readAtlasData } from "./data-files.ts";
import { seedDatabase } from "./seed.ts";

async function seeded(files: FixtureFiles = fixtureFiles()) {
  const db = await openDatabase({ url: await tempDatabaseUrl() });
  await migrateDatabase(db);
  await seedDatabase(db, { data: await readAtlasData(await writeDataDir(files)) });
  return db;
}

async function reseed(db: Database, edit: (files: FixtureFiles) => void, force = false) {
  const files = fixtureFiles();
  edit(files);
  return seedDatabase(db, { data: await readAtlasData(await writeDataDir(files)), force });
}

/** A curator's edit of a case: its title changed. */
async function curatorRetitles(db: Database, id: string, title: string) {
  const state = await readHead(db, "case", id);
  if (!state?.doc) throw new Error(`no case ${id}`);
  await runGuarded(
    db,
    recordChangeStatements(db, [
      {
        kind: "case",
        id,
        doc: { ...state.doc, title },
        action: "edit",
        base: state.head,
        origin: "curator",
        seedHash: null,
        reason: "A clearer title",
      },
    ]),
  );
}

const titles = async (db: Database) =>
  (await db.all<{ id: string; title: string }>(sql`SELECT id, title FROM cases ORDER BY id`)).map((r) => [
    r.id,
    r.title,
  ]);

describe("re-seeding keeps what people changed", () => {
  it("keeps a curator's edit when the data file changes, and proposes the file's version", async () => {
    const db = await seeded();
    await curatorRetitles(db, "seville-care", "Curated title");
    const result = await reseed(db, (f) =>
      Object.assign(f.cases[0] as object, { summary: "A new summary in the file." }),
    );
    expect(result.proposed).toEqual(["case:seville-care"]);
    expect(await titles(db)).toContainEqual(["seville-care", "Curated title"]);
    const proposals = await db.all<{ action: string; channel: string; body: string }>(
      sql`SELECT action, channel, body FROM proposals WHERE target_id = 'seville-care'`,
    );
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ action: "update", channel: "data" });
    expect(JSON.parse(proposals[0]?.body ?? "{}").doc.summary).toBe("A new summary in the file.");
    // Seeding the same data again, even forced, proposes nothing more.
    const again = (f: FixtureFiles) => Object.assign(f.cases[0] as object, { summary: "A new summary in the file." });
    expect((await reseed(db, again, true)).proposed).toEqual([]);
    expect(await db.all(sql`SELECT id FROM proposals`)).toHaveLength(1);
  });

  it("keeps a curated record whose file is gone, and removes an untouched one with a revision", async () => {
    const db = await seeded();
    await curatorRetitles(db, "seville-care", "Curated title");
    await reseed(db, (f) => {
      f.cases = [];
      f.currencies = [];
    });
    expect(await titles(db)).toEqual([["seville-care", "Curated title"]]);
    const gone = await readHead(db, "case", "tunis-housing");
    expect(gone?.doc).toBeNull();
    expect(gone?.head.revision).toBe(2);
  });

  it("leaves contributed records alone, and keeps the stakeholders they refer to", async () => {
    const db = await seeded();
    const files = fixtureFiles();
    const contributed = { ...(files.cases[0] as object), id: "contributed-case", title: "A contributed case" };
    await runGuarded(
      db,
      recordChangeStatements(db, [
        {
          kind: "case",
          id: "contributed-case",
          doc: contributed,
          action: "accept",
          base: undefined,
          origin: "contribution",
          provenance: { proposedBy: "Amina", reviewedBy: null },
        },
      ]),
    );
    const referenced = (files.cases[0]?.participants ?? []).map((p) => p.stakeholder);
    await reseed(db, (f) => {
      f.cases = [];
      f.currencies = [];
      f.stakeholders = f.stakeholders.filter((s) => !referenced.includes(s.id));
    });
    expect(await titles(db)).toEqual([["contributed-case", "A contributed case"]]);
    const kept = await db.all<{ id: string }>(sql`SELECT id FROM stakeholders ORDER BY id`);
    for (const id of referenced) expect(kept.map((r) => r.id)).toContain(id);
  });

  it("follows the file again once the record matches it (after an export)", async () => {
    const db = await seeded();
    await curatorRetitles(db, "seville-care", "Curated title");
    // The exported file now holds the curated title: the record matches its file, nothing is proposed.
    const result = await reseed(db, (f) => Object.assign(f.cases[0] as object, { title: "Curated title" }));
    expect(result.proposed).toEqual([]);
    const state = await readHead(db, "case", "seville-care");
    expect(state?.head.seedHash).toBe(state?.docHash);
  });
});
