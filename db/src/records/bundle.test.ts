import { describe, expect, it } from "vitest";
import { fixtureFiles, openTestDatabase, toAtlasData } from "../testing/fixture.ts";
import { bundleProblems, publishBundle, renameSources, toFileOrder } from "./bundle.ts";
import { readHead } from "./heads.ts";
import { readReferenceContext } from "./references.ts";
import { recordChangeStatements, runGuarded } from "./write.ts";

const newCase = () => {
  const base = fixtureFiles().cases[0] as Record<string, unknown>;
  return {
    ...base,
    id: "new-care-case",
    title: "A new care case",
    participants: [
      { stakeholder: "city-of-seville", role: "initiator" },
      { stakeholder: "new-coop", role: "provider" },
    ],
    relationships: [
      {
        from: "city-of-seville",
        to: "new-coop",
        type: "funding",
        basis: "The city funds the cooperative",
        sources: ["new-page"],
      },
    ],
    sources: ["new-page", "src-a-again"],
  };
};
const bundle = () => ({
  record: newCase(),
  stakeholders: [{ id: "new-coop", name: "New Coop", type: "sse-organisation", country: "ES", sources: ["new-page"] }],
  sources: [
    { id: "new-page", url: "https://example.org/new", title: "A new page" },
    // The address of an existing source under another id: it is that source.
    { id: "src-a-again", url: "https://example.org/a", title: "Source A" },
  ],
});

describe("bundles", () => {
  it("finds shape and reference problems by path, against the database plus the bundle", async () => {
    const db = await openTestDatabase(toAtlasData(fixtureFiles()));
    const ctx = await readReferenceContext(db);
    expect(bundleProblems(ctx, "case", bundle())).toEqual([]);
    const broken = bundle();
    broken.record.participants.push({ stakeholder: "nobody", role: "provider" });
    (broken.record as Record<string, unknown>).summary = "";
    expect(bundleProblems(ctx, "case", broken).map((p) => p.field)).toEqual(["record.summary"]);
    (broken.record as Record<string, unknown>).summary = "Fixed";
    expect(bundleProblems(ctx, "case", broken)).toEqual([
      {
        file: "bundle",
        record: "new-care-case",
        field: "record.participants.2.stakeholder",
        message: 'refers to unknown "nobody"',
      },
    ]);
    const taken = bundle();
    taken.record.id = "seville-care";
    expect(bundleProblems(ctx, "case", taken).map((p) => p.field)).toContain("record.id");
  });

  it("publishes the stakeholders, the record and the new sources, reusing a source cited at the same address", async () => {
    const db = await openTestDatabase(toAtlasData(fixtureFiles()));
    const { statements, changes } = await publishBundle(db, "case", bundle(), {
      action: "accept",
      origin: "contribution",
      curatorId: null,
      provenance: { proposedBy: "Amina", reviewedBy: null },
    });
    await runGuarded(db, [...statements, ...recordChangeStatements(db, changes)]);
    const state = await readHead(db, "case", "new-care-case");
    expect(state?.doc?.sources).toEqual(["new-page", "src-a"]);
    expect(state?.head).toMatchObject({
      origin: "contribution",
      proposedBy: "Amina",
      lastAction: "accept",
      revision: 1,
    });
    expect((await readHead(db, "stakeholder", "new-coop"))?.head.revision).toBe(1);
    const cited = await db.$client.execute(
      "SELECT source_id FROM case_sources WHERE case_id = 'new-care-case' ORDER BY 1",
    );
    expect(cited.rows.map((r) => r.source_id)).toEqual(["new-page", "src-a"]);
  });

  it("renames source ids only where a field holds sources, and orders keys as the files do", () => {
    const renamed = new Map([["a", "b"]]);
    expect(renameSources({ sources: ["a"], title: "a", figures: [{ source: "a", note: "a" }] }, renamed)).toEqual({
      sources: ["b"],
      title: "a",
      figures: [{ source: "b", note: "a" }],
    });
    expect(Object.keys(toFileOrder("stakeholder", { sources: [], name: "N", id: "n", type: "t" }))).toEqual([
      "id",
      "name",
      "type",
      "sources",
    ]);
  });
});
