import { fixtureFiles } from "@atlas/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../testing.ts";
import type { CaseSummary } from "./schema.ts";

type List = { items: CaseSummary[] };

/** The fixture, with a long description on the Tunis case that its title and summary do not echo. */
function files() {
  const f = fixtureFiles();
  const tunis = f.cases.find((c) => c.id === "tunis-housing");
  if (!tunis) throw new Error("fixture changed: tunis-housing is gone");
  tunis.description = `${"The programme was prepared over several years with many meetings. ".repeat(4)}Residents run the allotment gardens on the roofs, and the municipality lends the tools. ${"Reports followed every season. ".repeat(5)}`;
  return f;
}

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp({}, files());
});

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe("GET /api/cases?q=: why each case was found", () => {
  it("marks the matched words of the title and summary as shown", async () => {
    const { body } = await t.json<List>("/api/cases?q=cooperative%20seville");
    const [care] = body.items;
    expect(care?.id).toBe("seville-care");
    expect(marked(care?.title ?? "", care?.highlights?.title ?? [])).toEqual(["Seville"]);
    expect(marked(care?.summary ?? "", care?.highlights?.summary ?? [])).toEqual(["cooperative"]);
    expect(care?.highlights?.snippet).toBeUndefined();
  });

  it("marks them in the reader's language, in the translated text", async () => {
    const { body } = await t.json<List>(`/api/cases?lang=ar&q=${encodeURIComponent("تعاونية")}`);
    const [care] = body.items;
    expect(care?.content.lang).toBe("ar");
    expect(marked(care?.summary ?? "", care?.highlights?.summary ?? [])).toEqual(["تعاونية"]);
  });

  it("shows a passage of the description, cut around the match, when the title and summary hold none", async () => {
    const { body } = await t.json<List>("/api/cases?q=allotments");
    const [tunis] = body.items;
    expect(tunis?.id).toBe("tunis-housing");
    const snippet = tunis?.highlights?.snippet;
    expect(snippet?.field).toBe("description");
    expect(snippet?.lang).toBe("en");
    expect(marked(snippet?.text ?? "", snippet?.highlights ?? [])).toEqual(["allotment"]);
    expect(snippet?.text.startsWith("… ")).toBe(true);
    expect(snippet?.text.length).toBeLessThan(260);
  });

  it("says nothing of highlights without a search", async () => {
    const { body } = await t.json<List>("/api/cases");
    expect(body.items.every((c) => c.highlights === undefined)).toBe(true);
  });
});
