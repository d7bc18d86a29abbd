import { describe, expect, it } from "vitest";
import { fixtureFiles, writeDataDir } from "../testing/fixture.ts";
import { readAtlasData } from "./data-files.ts";
import type { TranslationFile } from "./data-schema.ts";
import { checkStaleTranslations, translationCoverage } from "./translation-coverage.ts";
import { syncTranslationFile } from "./translation-sync.ts";

const provenance = { translatedBy: "atlas-editors", method: "machine" as const };

describe("syncTranslationFile", () => {
  it("creates an entry to fill for each English string, once per string", () => {
    const file = syncTranslationFile(
      "c1",
      [
        { field: "title", en: "A title" },
        { field: "relationships.a.partner.b.basis", en: "Same basis" },
        { field: "relationships.a.partner.c.basis", en: "Same basis" },
      ],
      undefined,
      provenance,
    );
    expect(file).toEqual({
      id: "c1",
      translatedBy: "atlas-editors",
      method: "machine",
      reviewed: false,
      strings: [
        { field: "title", en: "A title", text: "" },
        { field: "relationships.a.partner.b.basis", en: "Same basis", text: "" },
      ],
    });
  });

  it("keeps translations of unchanged English, moves those of changed English aside, keeps glosses", () => {
    const existing: TranslationFile = {
      id: "c1",
      translatedBy: "a contributor",
      method: "human",
      reviewed: true,
      reviewedBy: "a curator",
      strings: [
        { field: "title", en: "A title", text: "Un título" },
        { field: "summary", en: "Old summary", text: "Resumen antiguo" },
        { field: "nameGloss", text: "Una glosa" },
      ],
    };
    const file = syncTranslationFile(
      "c1",
      [
        { field: "title", en: "A title" },
        { field: "summary", en: "New summary" },
      ],
      existing,
      provenance,
    );
    expect(file).toEqual({
      id: "c1",
      translatedBy: "a contributor",
      method: "human",
      reviewed: true,
      reviewedBy: "a curator",
      strings: [
        { field: "title", en: "A title", text: "Un título" },
        { field: "summary", en: "New summary", text: "" },
        { field: "nameGloss", text: "Una glosa" },
      ],
      outdated: [{ field: "summary", en: "Old summary", text: "Resumen antiguo" }],
    });
  });

  it("takes an outdated translation back when the English returns", () => {
    const existing: TranslationFile = {
      id: "c1",
      ...provenance,
      reviewed: false,
      strings: [{ field: "title", en: "B", text: "" }],
      outdated: [{ field: "title", en: "A", text: "Ä" }],
    };
    const file = syncTranslationFile("c1", [{ field: "title", en: "A" }], existing, provenance);
    expect(file.strings).toEqual([{ field: "title", en: "A", text: "Ä" }]);
    expect(file.outdated).toBeUndefined();
  });
});

describe("translation coverage and stale translations", () => {
  it("counts a string as translated only for its current English, and names stale entries", async () => {
    const data = await readAtlasData(await writeDataDir(fixtureFiles()));
    const first = data.cases[0];
    if (!first) throw new Error("the fixture has cases");
    data.translations.es.cases.push({
      id: first.id,
      ...provenance,
      reviewed: false,
      strings: [
        { field: "title", en: first.title, text: "Título" },
        { field: "summary", en: "An English summary the case no longer has", text: "Resumen" },
      ],
    });
    const rows = translationCoverage(data).filter((r) => r.locale === "es" && r.kind === "cases");
    expect(rows.find((r) => r.field === "title")).toMatchObject({ total: data.cases.length, translated: 1 });
    expect(rows.find((r) => r.field === "summary")).toMatchObject({ total: data.cases.length, translated: 0 });
    expect(checkStaleTranslations(data)).toEqual([
      {
        file: `data/translations/es/cases/${first.id}.json`,
        record: first.id,
        field: "summary",
        message: "translates English the record no longer has; run npm run data:translations to move it aside",
      },
    ]);
  });
});
