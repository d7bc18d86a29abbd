import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { prepareDatabase } from "../prepare.ts";
import { readAtlasData } from "../seed/data-files.ts";
import { seedDatabase } from "../seed/seed.ts";
import { fixtureFiles, tempDatabaseUrl, writeDataDir } from "../testing/fixture.ts";
import { searchRanks, toSearchQuery } from "./query.ts";

/** The fixture with synonyms for Care, as the vocabulary files give them. */
function filesWithSynonyms() {
  const files = fixtureFiles();
  const care = files.vocabularies.find((v) => v.scheme === "policyDomain")?.terms.find((t) => t.key === "care");
  Object.assign(care ?? {}, {
    synonyms: { en: ["elderly care"], es: ["cuidado de mayores"], ar: ["رعاية المسنين"] },
  });
  return files;
}

async function seeded(files = filesWithSynonyms()): Promise<Database> {
  const data = await readAtlasData(await writeDataDir(files));
  return (await prepareDatabase({ url: await tempDatabaseUrl() }, { data })).db;
}

async function find(db: Database, text: string): Promise<string[]> {
  const match = toSearchQuery(text);
  if (!match) return [];
  const rows = await db.all<{ id: string }>(
    sql`SELECT c.id FROM cases c JOIN (${searchRanks(match)}) f ON f.rid = c.rowid ORDER BY f.rank, c.id`,
  );
  return rows.map((r) => r.id);
}

describe("multilingual search", () => {
  it("finds a case by its vocabulary's labels and synonyms in any language", async () => {
    const db = await seeded();
    for (const q of ["elderly care", "cuidado de mayores", "رعاية المسنين", "Cuidados"]) {
      expect(await find(db, q), q).toEqual(["seville-care"]);
    }
    expect(await find(db, "co-diseño")).toEqual(["tunis-housing"]);
    expect(await find(db, "codiseno")).toEqual(["tunis-housing"]);
  });

  it("folds scripts and stems words", async () => {
    const db = await seeded();
    // The Arabic translation writes تعاونية (taa marbuta) and إشبيلية (alef with hamza below).
    expect(await find(db, "تعاونيه")).toEqual(["seville-care"]);
    expect(await find(db, "اشبيلية")).toEqual(["seville-care"]);
    expect(await find(db, "cooperatives")).toEqual(["seville-care"]);
    expect(await find(db, "CO-OPERATIVE")).toEqual(["seville-care"]);
    expect(await find(db, "Espagne")).toEqual(["seville-care"]);
    expect(await find(db, "Τυνησία")).toEqual(["tunis-housing"]);
    expect(await find(db, "Coop On")).toEqual(["seville-care"]);
  });

  it("stays in step with renamed stakeholders, changed terms and removed cases", async () => {
    const db = await seeded();
    const files = filesWithSynonyms();
    Object.assign(files.stakeholders[1] as object, { name: "Cuidem Cooperative" });
    const care = files.vocabularies.find((v) => v.scheme === "policyDomain")?.terms.find((t) => t.key === "care");
    Object.assign(care ?? {}, { synonyms: { en: ["eldercare"] } });
    files.cases = files.cases.filter((c) => c.id !== "tunis-housing");
    await seedDatabase(db, { data: await readAtlasData(await writeDataDir(files)) });
    expect(await find(db, "Cuidem")).toEqual(["seville-care"]);
    expect(await find(db, "Coop One")).toEqual([]);
    expect(await find(db, "eldercare")).toEqual(["seville-care"]);
    expect(await find(db, "cuidado de mayores")).toEqual([]);
    expect(await find(db, "Tunis")).toEqual([]);
    const rows = await db.$client.execute("SELECT count(*) AS n FROM search_text WHERE case_id = 'tunis-housing'");
    expect(rows.rows[0]?.n).toBe(0);
  });
});
