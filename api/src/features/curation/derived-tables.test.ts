/**
 * The tables kept by triggers (facet counts, map points) and the public caches stay right when cases
 * are written through the record model: a contribution accepted, a curator's edit, a restore, a new
 * seed. Each write goes through the API as a curator would make it.
 */
import { readAtlasData } from "@atlas/db/data-files";
import { seedDatabase } from "@atlas/db/seed";
import { writeDataDir } from "@atlas/db/testing";
import { expectDerivedTablesInStep } from "@atlas/db/testing/derived-tables";
import { beforeAll, describe, expect, it } from "vitest";
import { curatorSession, member, nextAddress, type TestApp, testApp } from "../../testing.ts";

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

type Facets = Record<string, { key: string; count: number }[]>;
const countOf = (facets: Facets, facet: string, key: string) => facets[facet]?.find((f) => f.key === key)?.count ?? 0;

/** The map's answer for the whole Mediterranean at a zoom where every case stands alone. */
async function mapPoints() {
  const res = await t.json<{ features: { properties: { id?: string }; geometry: { coordinates: number[] } }[] }>(
    "/api/cases/clusters?zoom=16&view=-30,20,50,60",
  );
  expect(res.status).toBe(200);
  // Rounded: the cluster index projects points to the plane and back.
  const round = (xs: number[]) => xs.map((x) => Math.round(x * 1e6) / 1e6);
  return new Map(res.body.features.map((f) => [f.properties.id, round(f.geometry.coordinates)]));
}

describe("writes through the record model", () => {
  it("keep facet counts, map points and conditional reads in step: accept, edit, restore, seed", async () => {
    await expectDerivedTablesInStep(t.db);
    const list = await t.request("/api/cases?country=TN");
    const listTag = list.headers.get("etag") ?? "";
    const before = (await list.json()) as { total: number; facets: Facets };
    const tunisBefore = before.total;

    // A contribution accepted: a new case in Tunisia with a new stakeholder of its own type.
    const proposed = await member(t, undefined, nextAddress())<{ id: string }>("POST", "/contributions/cases", {
      bundle: {
        record: {
          id: "sfax-water",
          title: "Sfax water committee",
          summary: "Residents and the utility run a water committee.",
          country: "TN",
          city: "Sfax",
          latitude: 34.74,
          longitude: 10.76,
          locationPrecision: "city",
          phase: ["co-delivery"],
          participants: [{ stakeholder: "sfax-association", role: "provider" }],
          sources: ["sfax-page"],
        },
        stakeholders: [
          {
            id: "sfax-association",
            name: "Sfax Water Association",
            type: "sse-organisation",
            country: "TN",
            sources: ["sfax-page"],
          },
        ],
        sources: [{ id: "sfax-page", url: "https://example.org/sfax-water", title: "The committee's page" }],
      },
    });
    expect(proposed.status).toBe(201);
    const curator = await curatorSession(t);
    const detail = await curator.call<{ version: number }>("GET", `/curation/proposals/${proposed.body.id}`);
    const accepted = await curator.call("POST", `/curation/proposals/${proposed.body.id}/accept`, {
      version: detail.body.version,
    });
    expect(accepted.status).toBe(200);
    await expectDerivedTablesInStep(t.db);
    const stale = await t.request("/api/cases?country=TN", { headers: { "if-none-match": listTag } });
    expect(stale.status).toBe(200);
    const afterAccept = (await stale.json()) as { total: number; facets: Facets };
    expect(afterAccept.total).toBe(tunisBefore + 1);
    expect(countOf(afterAccept.facets, "stakeholderType", "sse-organisation")).toBe(
      countOf(before.facets, "stakeholderType", "sse-organisation") + 1,
    );
    expect((await mapPoints()).get("sfax-water")).toEqual([10.76, 34.74]);

    // A curator's edit: another country, another place, another phase.
    const detailTag = (await t.request("/api/cases/sfax-water")).headers.get("etag") ?? "";
    const loaded = await curator.call<{ revision: number; doc: Record<string, unknown> }>(
      "GET",
      "/curation/records/case/sfax-water",
    );
    const edited = await curator.call("PUT", "/curation/records/case/sfax-water", {
      revision: loaded.body.revision,
      doc: { ...loaded.body.doc, country: "DZ", city: "Annaba", latitude: 36.9, longitude: 7.76, phase: ["co-design"] },
      reason: "The committee is in Annaba",
    });
    expect(edited.status).toBe(204);
    await expectDerivedTablesInStep(t.db);
    const fresh = await t.request("/api/cases/sfax-water", { headers: { "if-none-match": detailTag } });
    expect(fresh.status).toBe(200);
    expect(((await fresh.json()) as { country: string }).country).toBe("DZ");
    const tunisia = await t.json<{ total: number }>("/api/cases?country=TN");
    expect(tunisia.body.total).toBe(tunisBefore);
    expect((await mapPoints()).get("sfax-water")).toEqual([7.76, 36.9]);

    // A restore of the accepted revision puts it back in Tunisia.
    const current = await curator.call<{ revision: number }>("GET", "/curation/records/case/sfax-water");
    const restored = await curator.call("POST", "/curation/records/case/sfax-water/restore", {
      revision: current.body.revision,
      number: 1,
      reason: "The edit was wrong",
    });
    expect(restored.status).toBe(204);
    await expectDerivedTablesInStep(t.db);
    expect((await t.json<{ total: number }>("/api/cases?country=TN")).body.total).toBe(tunisBefore + 1);
    expect((await mapPoints()).get("sfax-water")).toEqual([10.76, 34.74]);

    // A new seed rewrites every seeded record and keeps the contributed one.
    await seedDatabase(t.db, { data: await readAtlasData(await writeDataDir()), force: true });
    await expectDerivedTablesInStep(t.db);
    expect((await t.json<{ total: number }>("/api/cases?country=TN")).body.total).toBe(tunisBefore + 1);
  });
});
