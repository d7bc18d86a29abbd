import type { Database } from "@atlas/db/client";
import { readAtlasData } from "@atlas/db/data-files";
import { openTestDatabase } from "@atlas/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type FacetRow, facetsQuery, toFacets } from "./facets.ts";
import { countHits, everyCaseHits, hitsQuery, titlePage } from "./hits.ts";
import { buildListIndex, type ListIndex } from "./list-index.ts";
import { listCases, pageQuery } from "./queries.ts";
import type { CaseFilters } from "./schema.ts";

let db: Database;
let index: ListIndex;
beforeAll(async () => {
  db = await openTestDatabase(await readAtlasData());
  const built = await buildListIndex(db);
  if (!built) throw new Error("the list index was not built");
  index = built;
});

const searches = ["care", "cooperative", "housing", "energy", "sevil", "municipality", "zzzz-nothing", "the"];
const boxes: CaseFilters["bbox"][] = [
  { minLon: -10, minLat: 30, maxLon: 40, maxLat: 46 },
  { minLon: -10, minLat: 35, maxLon: 5, maxLat: 44 },
  { minLon: 10, minLat: 30, maxLon: 40, maxLat: 42 },
  { minLon: 170, minLat: -10, maxLon: -170, maxLat: 10 },
  { minLon: 0, minLat: 0, maxLon: 179, maxLat: 80 },
];

/** Search, box and both, each alone and with one or two facet filters of values the data has (and one it lacks). */
async function filterSets(): Promise<CaseFilters[]> {
  const values = await db.all<{ facet: string; key: string }>(
    sql`SELECT facet, key FROM facet_counts WHERE count > 0 ORDER BY count DESC, facet, key`,
  );
  const pick = (facet: string, n: number) =>
    values
      .filter((v) => v.facet === facet)
      .slice(0, n)
      .map((v) => v.key);
  // Years some case has at the edge of a filter, so that >= and <= are told from > and <.
  const [edge] = await db.all<{ end: number; start: number }>(
    sql`SELECT (SELECT end_year FROM cases WHERE end_year IS NOT NULL ORDER BY end_year LIMIT 1 OFFSET 2) AS end,
      (SELECT start_year FROM cases WHERE start_year IS NOT NULL ORDER BY start_year LIMIT 1 OFFSET 5) AS start`,
  );
  const facetSets: CaseFilters[] = [
    { from: Number(edge?.end) },
    { to: Number(edge?.start) },
    { started: { from: Number(edge?.start), to: Number(edge?.start) } },
    {},
    { country: pick("country", 1) },
    { country: pick("country", 3) },
    { phase: pick("phase", 1), policyDomain: pick("policyDomain", 2) },
    { stakeholderType: pick("stakeholderType", 1), need: pick("need", 2), country: pick("country", 2) },
    { collaborationType: ["no-such-type"] },
    { from: 2015 },
    { to: 2012, country: pick("country", 2) },
    { started: { from: 2010, to: 2016 }, phase: pick("phase", 1) },
    { from: 2030 },
  ];
  const bases: CaseFilters[] = [
    ...searches.map((q) => ({ q })),
    ...boxes.map((bbox) => ({ bbox })),
    { q: "care", bbox: boxes[0] },
    { q: "cooperative", bbox: boxes[1] },
    { q: "", bbox: boxes[0] },
  ];
  return [...bases.flatMap((base) => facetSets.map((f) => ({ ...base, ...f }))), ...facetSets.filter(everyCaseHits)];
}

/** A search's or a box's hits from SQL; facet filters alone have every case as their hits (the title order). */
async function hitsOf(filters: CaseFilters): Promise<Int32Array> {
  if (everyCaseHits(filters)) return index.titleOrder;
  const statement = hitsQuery(filters);
  if (!statement) throw new Error(`no hits query for ${JSON.stringify(filters)}`);
  const [row] = await db.all<{ rowids: string }>(statement);
  return Int32Array.from(JSON.parse(row?.rowids ?? "[]") as number[]);
}

describe("answers from the hits and the list index", () => {
  it("count the total and facets as SQL does, for searches, boxes and facet filters together", async () => {
    const sets = await filterSets();
    let nonEmpty = 0;
    for (const filters of sets) {
      const expected = toFacets(await db.all<FacetRow>(facetsQuery(filters)));
      expect(countHits(index, await hitsOf(filters), filters), JSON.stringify(filters)).toEqual(expected);
      if (expected.total > 0) nonEmpty++;
    }
    // The sets must hold real answers, not only empty ones that would agree anyway.
    expect(nonEmpty).toBeGreaterThan(sets.length / 3);
  });

  it("give the page in title order and its reverse, at any offset, as SQL does", async () => {
    for (const filters of await filterSets()) {
      for (const sort of ["title", "-title"] as const) {
        for (const [offset, limit] of [
          [0, 5],
          [3, 4],
          [0, 100],
          [200, 5],
        ] as const) {
          const expected = await db.all<{ id: string }>(pageQuery(filters, sort, limit, offset));
          const rowids = titlePage(index, await hitsOf(filters), filters, {
            descending: sort === "-title",
            offset,
            limit,
          });
          const ids = await idsOf(rowids);
          expect(ids, `${JSON.stringify(filters)} ${sort} ${offset}+${limit}`).toEqual(expected.map((r) => r.id));
        }
      }
    }
  });

  it("are asked of a search or a box with facet and year filters, or of those alone beyond one facet value", () => {
    expect(hitsQuery({})).toBeUndefined();
    expect(hitsQuery({ country: ["ES"] })).toBeUndefined();
    expect(hitsQuery({ q: "care", from: 2015 })).toBeDefined();
    expect(hitsQuery({ q: "care", participation: ["public-local:funder"] })).toBeUndefined();
    expect(hitsQuery({ bbox: boxes[0], stakeholder: ["x"] })).toBeUndefined();
    expect(hitsQuery({ q: "care", country: ["ES"] })).toBeDefined();
    expect(hitsQuery({ q: "" })).toBeUndefined();
    expect(everyCaseHits({ country: ["ES", "IT"] })).toBe(true);
    expect(everyCaseHits({ country: ["ES"], phase: ["co-design"] })).toBe(true);
    expect(everyCaseHits({ country: ["ES"] })).toBe(false);
    expect(everyCaseHits({})).toBe(false);
    expect(everyCaseHits({ country: ["ES", "IT"], from: 2015 })).toBe(true);
    expect(everyCaseHits({ from: 2015 })).toBe(true);
    expect(everyCaseHits({ from: 2015, stakeholder: ["x"] })).toBe(false);
  });

  it("leave the list's answer as it was without the index", async () => {
    const queries = [
      { q: "care", country: ["ES", "IT", "GR"], page: 1, pageSize: 3, sort: "-title" as const },
      { country: ["ES", "IT", "GR"], page: 2, pageSize: 3 },
    ];
    const before = await Promise.all(queries.map((query) => listCases(db, query, "en")));
    const { warmListIndex } = await import("./list-index.ts");
    expect(await warmListIndex(db)).toBeDefined();
    const after = await Promise.all(queries.map((query) => listCases(db, query, "en")));
    expect(after).toEqual(before);
    for (const answer of before) expect(answer.items.length).toBeGreaterThan(0);
  });
});

async function idsOf(rowids: number[]): Promise<string[]> {
  const rows = await db.all<{ rowid: number; id: string }>(
    sql`SELECT rowid, id FROM cases WHERE rowid IN (SELECT value FROM json_each(${JSON.stringify(rowids)}))`,
  );
  const byRowid = new Map(rows.map((r) => [Number(r.rowid), r.id]));
  return rowids.map((r) => byRowid.get(r) ?? "?");
}
