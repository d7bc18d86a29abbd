import { readAtlasData } from "@atlas/db/data-files";
import { openTestDatabase } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import type { TerritoryMatches } from "./schema.ts";

let get: (path: string) => Promise<{ status: number; body: TerritoryMatches & { error?: { message: string } } }>;
beforeAll(async () => {
  const db = await openTestDatabase(await readAtlasData());
  const app = createApp();
  get = async (path) => {
    const res = await app.request(path, {}, { db });
    return { status: res.status, body: (await res.json()) as TerritoryMatches & { error?: { message: string } } };
  };
}, 120_000);

describe("GET /api/territory on the atlas's data", () => {
  it("answers a town of 20,000 in Tunisia, care, with a women's cooperative and the municipality with explained matches", async () => {
    const { status, body } = await get(
      "/api/territory?country=TN&population=20000&domain=care&partners=sse-organisation,public-local&forms=cooperative",
    );
    expect(status).toBe(200);
    expect(body.notes).toEqual(["sizeNotCompared"]);
    expect(body.items.length).toBe(10);
    const [first] = body.items;
    // The best match works on care with both kinds of partner.
    expect(first?.case.policyDomain).toContain("care");
    expect(first?.criteria.find((c) => c.criterion === "partners")?.shared).toEqual(
      expect.arrayContaining(["sse-organisation", "public-local"]),
    );
    // Scores fall down the list, every match says why, and Tunisian cases are among them for their context.
    const scores = body.items.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.items.every((m) => m.criteria.length === 4)).toBe(true);
    expect(body.items.some((m) => m.case.country === "TN")).toBe(true);
  });

  it("ranks the same-country, same-domain case first when there is one", async () => {
    const { body } = await get("/api/territory?country=TN&domain=sse-promotion&partners=public-local,sse-organisation");
    expect(body.items[0]?.case.country).toBe("TN");
    expect(body.items[0]?.case.policyDomain).toContain("sse-promotion");
  });

  it("lists the regions of kindred legal context with their countries, for the profile form", async () => {
    const res = await get("/api/territory/regions");
    const body = res.body as unknown as { regions: { key: string; countries: string[] }[] };
    expect(res.status).toBe(200);
    expect(body.regions.find((r) => r.key === "maghreb")?.countries).toContain("TN");
  });

  it("asks for a profile rather than ranking everything equally", async () => {
    const { status, body } = await get("/api/territory?population=20000");
    expect(status).toBe(400);
    expect(body.error?.message).toContain("describe the territory");
    expect((await get("/api/territory?country=Tunisia")).status).toBe(400);
    expect((await get("/api/territory?region=atlantis")).status).toBe(400);
  });

  it("gives the matched cases in the reader's language", async () => {
    const { status, body } = await get("/api/territory?country=TN&domain=care&lang=fr");
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    for (const { case: c } of body.items) expect(c.content.lang).toBe("fr");
    expect(body.items.some(({ case: c }) => c.content.fields.title === "translated")).toBe(true);
  });
});
