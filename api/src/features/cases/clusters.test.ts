import { beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp } from "../../testing.ts";
import { type MapPoint, queryView, toMapIndex } from "./clusters.ts";

const vocabulary = {
  phase: ["co-design", "co-delivery"],
  policyDomain: ["care", "housing"],
  collaborationType: ["public-social-partnership"],
};

/** A reproducible cloud of points around two towns. */
function points(count: number): MapPoint[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, i) => ({
    rowid: i + 1,
    longitude: (i % 2 ? 2.17 : 10.2) + (random() - 0.5) * 2,
    latitude: (i % 2 ? 41.38 : 36.8) + (random() - 0.5) * 2,
    keys: {
      phase: i % 3 === 0 ? "co-delivery" : "co-design",
      policyDomain: i % 5 === 0 ? null : "care",
      collaborationType: "public-social-partnership",
    },
  }));
}

const world = { west: -180, south: -85, east: 180, north: 85 };

describe("the cluster index", () => {
  it("gives back each single case's rowid and primary values, values outside the vocabulary as none", () => {
    const input = points(300).map((p, i) => (i === 7 ? { ...p, keys: { ...p.keys, phase: "not-a-phase" } } : p));
    const map = toMapIndex(input, vocabulary);
    const singles = queryView(map, { ...world, zoom: 20 });
    expect(singles).toHaveLength(300);
    for (const item of singles) {
      if (item.kind !== "case") throw new Error("a cluster at zoom 20");
      const p = input[item.rowid - 1];
      const expected = item.rowid === 8 ? { ...p?.keys, phase: null } : p?.keys;
      expect(item.keys).toEqual(expected);
      expect(item.coordinates[0]).toBeCloseTo(p?.longitude ?? Number.NaN, 9);
      expect(item.coordinates[1]).toBeCloseTo(p?.latitude ?? Number.NaN, 9);
    }
    // Clustering adds into copies: the counts shared by single points stay at one each.
    const top = queryView(map, { ...world, zoom: 0 }).find((item) => item.kind === "cluster");
    expect(top?.kind === "cluster" && top.properties.point_count).toBeGreaterThan(100);
    expect(queryView(map, { ...world, zoom: 20 })).toEqual(singles);
  });

  it("clusters every point once per zoom, each cluster with its mix per dimension", () => {
    const map = toMapIndex(points(500), vocabulary);
    expect(map.count).toBe(500);
    expect(map.bounds?.[0]).toBeLessThan(2.17);
    for (const zoom of [0, 4, 8, 12, 13]) {
      const items = queryView(map, { ...world, zoom });
      const counted = items.reduce((n, item) => n + (item.kind === "cluster" ? item.properties.point_count : 1), 0);
      expect(counted).toBe(500);
    }
    const [top] = queryView(map, { ...world, zoom: 0 }).filter((item) => item.kind === "cluster");
    if (top?.kind !== "cluster") throw new Error("no cluster at zoom 0");
    const p = top.properties;
    expect((p["phase:co-design"] ?? 0) + (p["phase:co-delivery"] ?? 0)).toBe(p.point_count);
    expect(p["policyDomain:care"]).toBeLessThan(p.point_count);
    expect(p.expansion_zoom).toBeGreaterThan(0);
    const single = queryView(map, { ...world, zoom: 13 })[0];
    expect(single?.kind === "case" && single.keys.phase !== null).toBe(true);
  });
});

describe("GET /api/cases/clusters", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  type Answer = {
    total: number;
    bounds: number[] | null;
    features: { id?: string; properties: Record<string, number | string> }[];
  };
  const view = "view=-20,20,50,50";

  it("answers the filtered cases in view as clusters and single cases", async () => {
    const located = await t.db.$client.execute("SELECT count(*) AS n FROM cases WHERE latitude IS NOT NULL");
    const res = await t.json<Answer>(`/api/cases/clusters?zoom=2&${view}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(Number(located.rows[0]?.n));
    const counted = res.body.features.reduce((n, f) => n + Number(f.properties.point_count ?? 1), 0);
    expect(counted).toBe(res.body.total);
    const far = await t.json<Answer>(`/api/cases/clusters?zoom=14&${view}`);
    const titled = far.body.features.filter((f) => f.id);
    expect(titled.length).toBe(res.body.total);
    expect(titled[0]?.properties.title).toEqual(expect.any(String));
  });

  it("follows the filters and the data", async () => {
    const es = await t.db.$client.execute(
      "SELECT count(*) AS n FROM cases WHERE country = 'ES' AND latitude IS NOT NULL",
    );
    const filtered = await t.json<Answer>(`/api/cases/clusters?zoom=2&${view}&country=ES`);
    expect(filtered.body.total).toBe(Number(es.rows[0]?.n));
    await t.db.$client.execute(`INSERT INTO cases (id, title, summary, country, latitude, longitude, location_precision, coded_by)
      VALUES ('cluster-test', 'Cluster test', 'A case added after the index was built.', 'ES', 37.39, -5.98, 'city', 'test')`);
    const after = await t.json<Answer>(`/api/cases/clusters?zoom=2&${view}&country=ES`);
    expect(after.body.total).toBe(filtered.body.total + 1);
  });

  it("colours each case by its first value, among those filtered for", async () => {
    const all = await t.json<Answer>(`/api/cases/clusters?zoom=14&${view}`);
    expect(all.body.features.some((f) => f.properties.phaseKey === "co-design")).toBe(true);
    const one = await t.json<Answer>(`/api/cases/clusters?zoom=14&${view}&phase=co-delivery`);
    expect(one.body.features.length).toBeGreaterThan(0);
    expect(new Set(one.body.features.map((f) => f.properties.phaseKey))).toEqual(new Set(["co-delivery"]));
    const two = await t.json<Answer>(`/api/cases/clusters?zoom=14&${view}&phase=co-delivery&phase=co-design`);
    for (const f of two.body.features) expect(["co-design", "co-delivery"]).toContain(f.properties.phaseKey);
  });

  it("rejects a missing or malformed view", async () => {
    expect((await t.json("/api/cases/clusters?zoom=2")).status).toBe(400);
    expect((await t.json("/api/cases/clusters?zoom=2&view=1,2,3")).status).toBe(400);
    expect((await t.json(`/api/cases/clusters?zoom=-1&${view}`)).status).toBe(400);
  });
});
