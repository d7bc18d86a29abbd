import { describe, expect, it } from "vitest";
import { blockLang, hasFallback, isFallback, languageNames } from "./content.ts";

const original = { lang: "en", writtenBy: "atlas-editors", sourceLanguages: [] };
const content = { lang: "ar", original, fields: { title: "translated", summary: "fallback" } as const };

describe("content blocks", () => {
  it("tells the language each block is in, and which fell back to English", () => {
    expect(blockLang(content, "title")).toBe("ar");
    expect(blockLang(content, "summary")).toBe("en");
    expect(blockLang(content, "city")).toBe("en");
    expect(isFallback(content, "summary")).toBe(true);
    expect(hasFallback(content)).toBe(true);
    expect(hasFallback({ fields: { title: "original" } })).toBe(false);
  });

  it("tells a block that fell back to a contribution's own language by that language", () => {
    const spanish = { ...content, lang: "ar", original: { ...original, lang: "es" } };
    expect(blockLang(spanish, "summary")).toBe("es");
    expect(blockLang(spanish, "title")).toBe("ar");
  });

  it("names source languages in the reader's language", () => {
    expect(languageNames(["es", "ca"], "en")).toBe("Spanish and Catalan");
    expect(languageNames(["fr"], "es")).toBe("francés");
  });
});
