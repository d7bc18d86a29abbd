import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureFiles, writeDataDir } from "../testing/fixture.ts";
import { DataError, readAtlasData } from "./data-files.ts";

async function problemsOf(dir: string): Promise<string> {
  const error = await readAtlasData(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).message;
}

describe("readAtlasData", () => {
  it("reads a valid data folder", async () => {
    const data = await readAtlasData(await writeDataDir());
    expect(data.cases.map((c) => c.id)).toEqual(["seville-care", "tunis-housing"]);
    expect(data.cases[1]?.collaborationType).toEqual([]);
  });

  it("names the file, the record and the field of a malformed record", async () => {
    const files = fixtureFiles();
    Object.assign(files.cases[0] as object, { country: "Spain" });
    const message = await problemsOf(await writeDataDir(files));
    expect(message).toContain('data/cases/seville-care.json: record "seville-care", field "country"');
    expect(message).toContain("ISO 3166-1 alpha-2");
  });

  it("rejects fields that are not in the format", async () => {
    const files = fixtureFiles();
    Object.assign(files.stakeholders[0] as object, { website_url: "https://x.org" });
    expect(await problemsOf(await writeDataDir(files))).toMatch(
      /data\/stakeholders.json: record "city-of-seville".*website_url/,
    );
  });

  it("rejects a source address that is not a well-formed http(s) URL", async () => {
    const files = fixtureFiles();
    files.sources.push(
      { id: "src-no-scheme", url: "example.org/page", title: "No scheme" },
      { id: "src-ftp", url: "ftp://example.org/page", title: "Not the web" },
    );
    const message = await problemsOf(await writeDataDir(files));
    expect(message).toContain('data/sources.json: record "src-no-scheme", field "url"');
    expect(message).toContain('data/sources.json: record "src-ftp", field "url": must be an http(s) URL');
  });

  it("reports a reference to an unknown stakeholder, source or term", async () => {
    const files = fixtureFiles();
    files.cases[0]?.participants?.push({ stakeholder: "nobody", role: "provider" });
    files.cases[0]?.phase?.push("co-dreaming");
    files.stakeholders[0]?.sources.push("src-missing");
    const message = await problemsOf(await writeDataDir(files));
    expect(message).toContain('field "participants.2.stakeholder": refers to unknown "nobody"');
    expect(message).toContain('"co-dreaming" is not a term of the phase vocabulary');
    expect(message).toContain('record "city-of-seville", field "sources.1"');
  });

  it("reports a relationship between stakeholders who do not take part in the case", async () => {
    const files = fixtureFiles();
    files.cases[0]?.relationships?.push({
      from: "coop-one",
      to: "tunis-municipality",
      type: "funding",
      basis: "x",
      sources: ["src-a"],
    });
    expect(await problemsOf(await writeDataDir(files))).toContain(
      'field "relationships.1.to": "tunis-municipality" is not a participant of this case',
    );
  });

  it("reports duplicate ids, a misnamed file and unreadable JSON", async () => {
    const files = fixtureFiles();
    files.sources.push({ id: "src-a", url: "https://example.org/other", title: "Dup" });
    const dir = await writeDataDir(files);
    await writeFile(
      join(dir, "currencies", "other-name.json"),
      JSON.stringify({ ...files.currencies[0], id: "puma-2", name: "P2" }),
    );
    await writeFile(join(dir, "cases", "broken.json"), "{ not json");
    const message = await problemsOf(dir);
    expect(message).toContain("data/cases/broken.json: cannot be read as JSON");
    expect(message).toContain('data/currencies/other-name.json: record "puma-2": file must be named puma-2.json');
    expect(message).not.toContain("duplicate id");
  });

  it("reports duplicate ids, case titles and currency names once the files parse", async () => {
    const files = fixtureFiles();
    files.sources.push({ id: "src-a", url: "https://example.org/other", title: "Dup" });
    files.cases.push({
      id: "tunis-2",
      title: "Tunis housing co-design",
      summary: "x",
      country: "TN",
      sources: ["src-b"],
    });
    files.currencies.push({ id: "puma-2", name: "Puma", country: "ES", sources: ["src-b"] });
    const message = await problemsOf(await writeDataDir(files));
    expect(message).toContain('data/sources.json: record "src-a", field "id": duplicate id');
    expect(message).toContain('data/cases: record "Tunis housing co-design", field "title": duplicate title');
    expect(message).toContain('data/currencies: record "Puma", field "name": duplicate name');
  });

  it("rejects an end year before the start year and coordinates without a precision", async () => {
    const files = fixtureFiles();
    Object.assign(files.cases[1] as object, { endYear: 2001, locationPrecision: undefined });
    const message = await problemsOf(await writeDataDir(files));
    expect(message).toContain('field "endYear": must not be before startYear');
    expect(message).toContain('field "locationPrecision"');
  });
});

describe("relatedCases", () => {
  it("must exist and list the case back", async () => {
    const files = fixtureFiles();
    Object.assign(files.cases[0] as object, { relatedCases: [{ case: "tunis-housing" }, { case: "nowhere" }] });
    const message = await problemsOf(await writeDataDir(files));
    expect(message).toContain(
      'record "seville-care", field "relatedCases.0.case": "tunis-housing" must list "seville-care" in its relatedCases too',
    );
    expect(message).toContain('field "relatedCases.1.case": refers to unknown "nowhere"');
  });

  it("reads a link made from both sides", async () => {
    const files = fixtureFiles();
    Object.assign(files.cases[0] as object, { relatedCases: [{ case: "tunis-housing", note: "Same site" }] });
    Object.assign(files.cases[1] as object, { relatedCases: [{ case: "seville-care" }] });
    const data = await readAtlasData(await writeDataDir(files));
    expect(data.cases[0]?.relatedCases).toEqual([{ case: "tunis-housing", note: "Same site" }]);
  });
});
