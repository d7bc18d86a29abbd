import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../client.ts";
import { migrateDatabase } from "../migrate.ts";
import { defaultDataDir, readAtlasData } from "../seed/data-files.ts";
import { seedDatabase } from "../seed/seed.ts";
import { fixtureFiles, tempDatabaseUrl, writeDataDir } from "../testing/fixture.ts";
import { publishBundle } from "./bundle.ts";
import { exportDataFiles, exportedFolders, writeDataFiles } from "./export.ts";
import { readAllHeads, readHead } from "./heads.ts";
import { recordChangeStatements, runGuarded } from "./write.ts";

const withoutId = ({ id: _id, ...rest }: Record<string, unknown>) => rest;

async function seededFrom(dataDir: string) {
  const db = await openDatabase({ url: await tempDatabaseUrl() });
  await migrateDatabase(db);
  await seedDatabase(db, { data: await readAtlasData(dataDir) });
  return db;
}

/** Every file an export owns in a repository's data/, by path relative to the repository. */
async function ownedFiles(dataDir: string): Promise<string[]> {
  const inFolders = await Promise.all(
    exportedFolders.map(async (folder) => {
      const names = await readdir(join(dataDir, "..", folder)).catch(() => [] as string[]);
      return names.filter((n) => n.endsWith(".json")).map((n) => `${folder}/${n}`);
    }),
  );
  const lists = ["data/sources.json", "data/stakeholders.json"];
  const translated = await Promise.all(
    ["es", "fr", "ar", "it", "el"].map(async (l) => {
      const path = `data/translations/${l}/stakeholders.json`;
      return (await readFile(join(dataDir, "..", path)).catch(() => null)) ? [path] : [];
    }),
  );
  return [...inFolders.flat(), ...lists, ...translated.flat()].sort();
}

describe("exporting the published records as data files", () => {
  it("gives back the repository's data files byte for byte after a seed", async () => {
    const db = await seededFrom(defaultDataDir);
    const files = await exportDataFiles(db);
    expect([...files.keys()].sort()).toEqual(await ownedFiles(defaultDataDir));
    const differing: string[] = [];
    for (const [path, text] of files) {
      if ((await readFile(join(defaultDataDir, "..", path), "utf8")) !== text) differing.push(path);
    }
    expect(differing).toEqual([]);
  });

  it("writes what people changed so that a new seed from the files holds the same records", async () => {
    const fixtureDir = await writeDataDir(fixtureFiles());
    const db = await seededFrom(fixtureDir);
    // A curator retitles a case, a contribution adds a case with a new stakeholder and source, a currency goes.
    const care = await readHead(db, "case", "seville-care");
    const puma = await readHead(db, "currency", "puma");
    if (!care?.doc || !puma) throw new Error("fixture changed");
    const base = fixtureFiles().cases[0] as Record<string, unknown>;
    const published = await publishBundle(
      db,
      "case",
      {
        record: {
          ...base,
          id: "new-care-case",
          title: "A new care case",
          participants: [{ stakeholder: "new-coop", role: "provider" }],
          relationships: [],
          relatedCases: [],
          sources: ["new-page"],
        },
        stakeholders: [{ id: "new-coop", name: "New Coop", type: "sse-organisation", sources: ["new-page"] }],
        sources: [{ id: "new-page", url: "https://example.org/new", title: "A new page" }],
      },
      { action: "accept", origin: "contribution", curatorId: null },
    );
    await runGuarded(db, [
      ...published.statements,
      ...recordChangeStatements(db, [
        ...published.changes,
        // Keys out of the files' order (id last), as an editor may send them.
        {
          kind: "case",
          id: "seville-care",
          doc: { ...withoutId(care.doc), id: "seville-care", title: "Curated title" },
          action: "edit",
          base: care.head,
          origin: "curator",
          seedHash: null,
        },
        { kind: "currency", id: "puma", doc: null, action: "delete", base: puma.head, origin: "curator" },
      ]),
    ]);

    const root = await mkdtemp(join(tmpdir(), "atlas-export-"));
    await cp(fixtureDir, join(root, "data"), { recursive: true });
    const result = await writeDataFiles(root, await exportDataFiles(db));
    // The deleted currency and its Spanish translation.
    expect(result.removed).toBe(2);
    const written = JSON.parse(await readFile(join(root, "data/cases/seville-care.json"), "utf8"));
    expect(Object.keys(written)[0]).toBe("id");
    expect(written.title).toBe("Curated title");
    const sources = JSON.parse(await readFile(join(root, "data/sources.json"), "utf8")) as { id: string }[];
    expect(sources.map((s) => s.id).at(-1)).toBe("new-page");

    const again = await seededFrom(join(root, "data"));
    const docs = async (d: typeof db) =>
      [...(await readAllHeads(d)).values()]
        .filter((s) => s.doc)
        .map((s) => [s.head.kind, s.head.id, s.docHash])
        .sort();
    expect(await docs(again)).toEqual(await docs(db));
    // Exporting the new seed changes nothing.
    expect(await writeDataFiles(root, await exportDataFiles(again))).toEqual({ written: 0, removed: 0 });
  });
});
