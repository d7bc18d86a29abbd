import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../testing.ts";
import type { Patterns } from "./schema.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

describe("GET /api/patterns", () => {
  it("cross-tabulates every case with no filter", async () => {
    const { status, body } = await t.json<Patterns>("/api/patterns");
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.phaseByDomain).toEqual(
      expect.arrayContaining([
        { row: "co-delivery", column: "care", count: 1 },
        { row: "co-design", column: "housing", count: 1 },
      ]),
    );
    expect(body.phaseByDomain).toHaveLength(2);
    expect(body.collaborationByCountry).toEqual([{ row: "public-social-partnership", column: "ES", count: 1 }]);
    expect(body.startedPerYear).toEqual([
      { year: 2015, count: 1 },
      { year: 2021, count: 1 },
    ]);
    expect(body.startUnknown).toBe(0);
    expect(body.rolesByType).toEqual(
      expect.arrayContaining([
        { row: "initiator", column: "public-local", count: 2 },
        { row: "provider", column: "sse-organisation", count: 1 },
      ]),
    );
  });

  it("follows the other filters but leaves each chart's own out, as facets do", async () => {
    const { body } = await t.json<Patterns>("/api/patterns?phase=co-design&policyDomain=housing");
    expect(body.total).toBe(1);
    // The matrix still shows both cells, so the reader sees the alternative to the selected one.
    expect(body.phaseByDomain).toHaveLength(2);
    // The other charts follow the phase and domain filters.
    expect(body.startedPerYear).toEqual([{ year: 2021, count: 1 }]);
    expect(body.rolesByType).toEqual([{ row: "initiator", column: "public-local", count: 1 }]);
    const byCountry = await t.json<Patterns>("/api/patterns?country=TN");
    expect(byCountry.body.phaseByDomain).toEqual([{ row: "co-design", column: "housing", count: 1 }]);
    expect(byCountry.body.collaborationByCountry).toEqual([
      { row: "public-social-partnership", column: "ES", count: 1 },
    ]);
  });

  it("rejects bad filters with the usual 400", async () => {
    const res = await t.json<{ error: { message: string } }>("/api/patterns?started=soon");
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"started"');
  });
});
