import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../testing.ts";
import { inlineWorkers, type Workers } from "../../workers/pool.ts";
import type { Network } from "./schema.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe("GET /api/network", () => {
  it("ties the stakeholders of every case by relationships and co-participation, with metrics", async () => {
    const { status, body } = await t.json<Network>("/api/network");
    expect(status).toBe(200);
    expect(ids(body.nodes)).toEqual(["city-of-seville", "coop-one", "tunis-municipality"]);
    expect(body.edges.map((e) => [e.kind, e.source, e.target, e.type])).toEqual([
      ["relationship", "city-of-seville", "coop-one", "funding"],
      ["co-participation", "city-of-seville", "coop-one", null],
    ]);
    expect(body.metrics).toEqual({
      nodes: 3,
      edges: 2,
      ties: 1,
      density: 1 / 3,
      components: 2,
      largestComponent: 2,
      betweenness: { method: "exact" },
    });
    const coop = body.nodes.find((n) => n.id === "coop-one");
    expect(coop).toMatchObject({
      label: "Coop One",
      sector: "social",
      caseIds: ["seville-care"],
      degree: 1,
      component: 1,
    });
    expect(body.cases.map((c) => c.id)).toEqual(["seville-care", "tunis-housing"]);
  });

  it("follows the same filters as the case list", async () => {
    const { body } = await t.json<Network>("/api/network?phase=co-delivery&policyDomain=care");
    expect(ids(body.nodes)).toEqual(["city-of-seville", "coop-one"]);
    const tunisia = await t.json<Network>("/api/network?country=TN");
    expect(ids(tunisia.body.nodes)).toEqual(["tunis-municipality"]);
    expect(tunisia.body.edges).toEqual([]);
  });

  it("leaves out co-participation ties when asked", async () => {
    const { body } = await t.json<Network>("/api/network?coParticipation=false");
    expect(body.edges.map((e) => e.kind)).toEqual(["relationship"]);
    expect(body.coParticipation).toBe(false);
  });

  it("draws the bipartite view: case nodes tied to their stakeholders by role", async () => {
    const { body } = await t.json<Network>("/api/network?view=bipartite");
    expect(ids(body.nodes.filter((n) => n.kind === "case"))).toEqual(["case:seville-care", "case:tunis-housing"]);
    expect(body.edges.map((e) => [e.source, e.target, e.type])).toContainEqual([
      "coop-one",
      "case:seville-care",
      "provider",
    ]);
    expect(body.nodes.every((n) => n.brokerage === null)).toBe(true);
  });

  it("answers 400 naming a bad parameter", async () => {
    const { status, body } = await t.json<{ error: { message: string } }>("/api/network?view=circle");
    expect(status).toBe(400);
    expect(body.error.message).toContain('"view"');
  });
});

describe("network exports", () => {
  it("downloads GraphML of the filtered network", async () => {
    const res = await t.request("/api/network.graphml?country=ES");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/graphml+xml; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="atlas-network-stakeholders-v\d+\.\d+\.\d+-[0-9a-f]{12}\.graphml"$/,
    );
    expect(res.headers.get("x-atlas-dataset-version")).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    const xml = await res.text();
    expect(xml).toContain('<node id="coop-one">');
    expect(xml).not.toContain("tunis-municipality");
  });

  it("downloads GEXF, named after the one case it is limited to", async () => {
    const res = await t.request("/api/network.gexf?case=seville-care&coParticipation=false");
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="atlas-network-seville-care-v[\d.]+-[0-9a-f]{12}\.gexf"$/,
    );
    const xml = await res.text();
    expect(xml).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(xml).toContain(`Dataset version ${res.headers.get("x-atlas-dataset-version")}`);
    expect(xml.match(/<edge /g)).toHaveLength(1);
  });

  it("downloads the nodes or the edges as CSV", async () => {
    const nodes = await t.request("/api/network.csv");
    expect(nodes.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await nodes.text()).split("\r\n")).toHaveLength(5);
    const edges = await t.request("/api/network.csv?part=edges&view=bipartite");
    expect(edges.headers.get("content-disposition")).toMatch(
      /filename="atlas-network-bipartite-edges-v[\d.]+-[0-9a-f]{12}\.csv"$/,
    );
    expect((await edges.text()).split("\r\n")[0]).toMatch(/^Id,Source,Target,Type,/);
  });
});

describe("computing networks", () => {
  it("happens once per data version and query, whatever the order of the parameters", async () => {
    const own = await testApp();
    const formats: string[] = [];
    const workers: Workers = {
      ...inlineWorkers,
      run: (task, onProgress) => {
        if (task.kind === "network") formats.push(task.input.format);
        return inlineWorkers.run(task, onProgress);
      },
    };
    const get = async (path: string) => (await own.app.request(path, {}, { db: own.db, workers })).text();
    const first = await get("/api/network?view=stakeholders&coParticipation=true");
    const [again] = await Promise.all([
      get("/api/network?coParticipation=true&view=stakeholders"),
      get("/api/network?view=stakeholders&coParticipation=true"),
    ]);
    expect(again).toBe(first);
    await get("/api/network.graphml");
    expect(formats).toEqual(["json", "graphml"]);
    await own.db.run(sql`UPDATE stakeholders SET name = 'Coop Renamed' WHERE id = 'coop-one'`);
    const renamed = JSON.parse(await get("/api/network?view=stakeholders&coParticipation=true")) as Network;
    expect(formats).toEqual(["json", "graphml", "json"]);
    expect(renamed.nodes.find((n) => n.id === "coop-one")?.label).toBe("Coop Renamed");
  });
});

describe("GET /api/network/progress", () => {
  it("says idle before the network is asked for, how far its computation is, then ready", async () => {
    const own = await testApp();
    let finish: () => void = () => {};
    const halfway = new Promise<void>((resolve) => (finish = resolve));
    const workers: Workers = {
      ...inlineWorkers,
      run: async (task, onProgress) => {
        onProgress?.(0.5);
        await halfway;
        return inlineWorkers.run(task);
      },
    };
    const get = (path: string) => own.app.request(path, {}, { db: own.db, workers });
    const progress = async () => (await get("/api/network/progress?view=bipartite")).json();
    expect(await progress()).toEqual({ state: "idle", done: 0 });
    const network = get("/api/network?view=bipartite");
    await expect.poll(progress).toEqual({ state: "computing", done: 0.475 });
    finish();
    expect((await network).status).toBe(200);
    expect(await progress()).toEqual({ state: "ready", done: 1 });
    expect((await get("/api/network/progress?view=nonsense")).status).toBe(400);
  });
});

describe("GET /api/cases/:id/network", () => {
  it("ties one case's stakeholders by its recorded relationships only", async () => {
    const { status, body } = await t.json<Network>("/api/cases/seville-care/network");
    expect(status).toBe(200);
    expect(ids(body.nodes)).toEqual(["city-of-seville", "coop-one"]);
    expect(body.edges).toMatchObject([{ kind: "relationship", type: "funding", directed: true, basis: "A grant." }]);
    expect(body.coParticipation).toBe(false);
  });

  it("answers 404 for an unknown case", async () => {
    expect((await t.request("/api/cases/nowhere/network")).status).toBe(404);
  });
});
