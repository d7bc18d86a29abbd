import { readAtlasData } from "@atlas/db/data-files";
import { readDataVersion } from "@atlas/db/data-version";
import { openTestDatabase, writeDataDir } from "@atlas/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildListIndex, readyListIndex, warmListIndex } from "./list-index.ts";

async function fixtureDatabase() {
  return openTestDatabase(await readAtlasData(await writeDataDir()));
}

describe("the list index", () => {
  it("is built when first asked for, and used only at the data version it was read at", async () => {
    const db = await fixtureDatabase();
    const version = await readDataVersion(db);
    expect(readyListIndex(db, version)).toBeUndefined();
    const index = await warmListIndex(db);
    expect(index?.version).toBe(version);
    expect(readyListIndex(db, version)).toBe(index);

    const titles = await db.all<{ rowid: number }>(sql`SELECT rowid FROM cases ORDER BY sort_title, rowid`);
    expect(Array.from(index?.titleOrder ?? [])).toEqual(titles.map((t) => Number(t.rowid)));

    // A title changed: the old index is dropped, a new one puts the case first.
    const [last] = titles.slice(-1);
    await db.run(sql`UPDATE cases SET title = 'Aaa first', sort_title = 'aaa first' WHERE rowid = ${last?.rowid}`);
    const next = await readDataVersion(db);
    expect(next).toBeGreaterThan(version);
    expect(readyListIndex(db, next)).toBeUndefined();
    const rebuilt = await warmListIndex(db);
    expect(rebuilt?.version).toBe(next);
    expect(rebuilt?.titleOrder[0]).toBe(Number(last?.rowid));
  });

  it("reads the title order and values a chunk at a time, equal titles by rowid", async () => {
    const db = await openTestDatabase(await readAtlasData());
    // Equal titles across chunk boundaries: the next chunk starts after the last (title, rowid) read.
    await db.run(sql`UPDATE cases SET sort_title = 'same' WHERE rowid % 3 = 0`);
    const titles = await db.all<{ rowid: number }>(sql`SELECT rowid FROM cases ORDER BY sort_title, rowid`);
    const whole = await buildListIndex(db);
    const chunked = await buildListIndex(db, 2);
    expect(titles.length).toBeGreaterThan(20);
    expect(Array.from(chunked?.titleOrder ?? [])).toEqual(titles.map((t) => Number(t.rowid)));
    expect(Array.from(chunked?.values ?? [])).toEqual(Array.from(whole?.values ?? []));
    expect(Array.from(chunked?.slot ?? [])).toEqual(Array.from(whole?.slot ?? []));
  });

  it("gives a case without facet values an empty slot with its years, so a pass over the slots sees it", async () => {
    const db = await openTestDatabase(await readAtlasData());
    const [bare] = await db.all<{ rowid: number; id: string; startYear: number | null }>(
      sql`SELECT rowid, id, start_year AS startYear FROM cases WHERE start_year IS NOT NULL ORDER BY rowid LIMIT 1`,
    );
    await db.run(sql`DELETE FROM case_facets WHERE case_id = ${bare?.id}`);
    const index = await buildListIndex(db);
    if (!index || !bare) throw new Error("not built");
    const slot = index.slot[Number(bare.rowid)] ?? -1;
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(index.valueStart[slot + 1]).toBe(index.valueStart[slot]);
    expect(index.startYear[slot]).toBe(Number(bare.startYear));
    expect(index.valueStart.length - 1).toBe(index.titleOrder.length);
  });

  it("holds each case's facet values", async () => {
    const db = await openTestDatabase(await readAtlasData());
    const index = await warmListIndex(db);
    if (!index) throw new Error("not built");
    const rows = await db.all<{ rowid: number; facet: string; key: string }>(
      sql`SELECT c.rowid AS rowid, f.facet AS facet, f.key AS key FROM case_facets f JOIN cases c ON c.id = f.case_id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const slot = index.slot[Number(r.rowid)] ?? -1;
      const codes = Array.from(index.values.subarray(index.valueStart[slot], index.valueStart[slot + 1]));
      const code = index.codes[r.facet as keyof typeof index.codes].get(r.key);
      expect(code, `${r.facet} ${r.key}`).toBeDefined();
      expect(codes).toContain(code);
    }
    const total = Array.from(index.valueStart).at(-1);
    expect(total).toBe(rows.length);
  });
});
