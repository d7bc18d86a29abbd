import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as t from "../schema.ts";
import { fixtureFiles, fixtureJourney, openTestDatabase, writeDataDir } from "../testing/fixture.ts";
import { readAtlasData } from "./data-files.ts";
import { seedDatabase } from "./seed.ts";

describe("seeding the journey", () => {
  it("stores the checked file, and replaces it when the file changes", async () => {
    const journey = fixtureJourney();
    const files = { ...fixtureFiles(), journey };
    const db = await openTestDatabase(await readAtlasData(await writeDataDir(files)));
    const stored = await db.select().from(t.journeys).where(eq(t.journeys.id, "test-journey")).get();
    expect(JSON.parse(stored?.doc ?? "{}").steps.map((s: { id: string }) => s.id)).toEqual([
      "watching-the-horizon",
      "training-of-trainers",
    ]);

    journey.steps[0]?.examples.reverse();
    await seedDatabase(db, { data: await readAtlasData(await writeDataDir(files)) });
    const rows = await db.select().from(t.journeys).all();
    expect(rows).toHaveLength(1);
    const examples = JSON.parse(rows[0]?.doc ?? "{}").steps[0].examples.map((e: { case: string }) => e.case);
    expect(examples).toEqual(["seville-care", "tunis-housing"]);
  });

  it("removes the journey when the data has none", async () => {
    const data = await readAtlasData(await writeDataDir({ ...fixtureFiles(), journey: fixtureJourney() }));
    const db = await openTestDatabase(data);
    await seedDatabase(db, { data: { ...data, journey: undefined } });
    expect(await db.select().from(t.journeys).all()).toEqual([]);
  });
});
