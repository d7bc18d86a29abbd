import { describe, expect, it } from "vitest";
import { highlightRanges, type Snippet, toSnippet, toWordTest } from "./highlight.ts";

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));
const words = (s: Snippet | undefined) => (s ? marked(s.text, s.highlights) : []);

describe("highlighting a query in the text a reader sees", () => {
  it("marks words by prefix, by a joined word's parts and across letter forms", () => {
    const test = toWordTest("coop care", "en");
    const text = "A co-operative gives home care; the Cooperative Carers' network";
    expect(marked(text, highlightRanges(text, test ?? (() => false)))).toEqual([
      "co-operative",
      "care",
      "Cooperative",
      "Carers",
    ]);
  });

  it("marks Arabic words written with other alef forms or tashkeel, and stems in the text's language", () => {
    const arabic = "تعاونيّة نسائية في إربد";
    expect(marked(arabic, highlightRanges(arabic, toWordTest("تعاونية اربد", "ar") ?? (() => false)))).toEqual([
      "تعاونيّة",
      "إربد",
    ]);
    const spanish = "Las cooperativas de cuidados";
    expect(marked(spanish, highlightRanges(spanish, toWordTest("cuidado", "es") ?? (() => false)))).toEqual([
      "cuidados",
    ]);
  });

  it("marks nothing for stop words alone or an empty query", () => {
    expect(toWordTest("   ", "en")).toBeUndefined();
    const test = toWordTest("the housing", "en");
    expect(
      marked("the housing of the city", highlightRanges("the housing of the city", test ?? (() => false))),
    ).toEqual(["housing"]);
  });
});

describe("a snippet around the matches", () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

  it("cuts a long text between words around the densest matches, with ellipses, ranges relative to the passage", () => {
    const text = `${filler(60)} the municipality and the cooperative co-design the care service ${filler(60)}`;
    const snippet = toSnippet(text, toWordTest("cooperative care", "en") ?? (() => false));
    expect(snippet?.text.startsWith("… ")).toBe(true);
    expect(snippet?.text.endsWith(" …")).toBe(true);
    expect(snippet?.text.length).toBeLessThan(240);
    expect(words(snippet)).toEqual(["cooperative", "care"]);
    // Cut between words: every word of the passage is a whole word of the text.
    const whole = new Set(text.split(" "));
    for (const w of snippet?.text.replace(/^… | …$/g, "").split(" ") ?? []) expect(whole.has(w)).toBe(true);
  });

  it("gives the whole of a short text, and nothing when no word matches", () => {
    const test = toWordTest("care", "en") ?? (() => false);
    expect(toSnippet("Home care by a cooperative.", test)).toEqual({
      text: "Home care by a cooperative.",
      highlights: [[5, 9]],
    });
    expect(toSnippet("Housing by a cooperative.", test)).toBeUndefined();
  });
});
