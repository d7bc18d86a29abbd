import { describe, expect, it } from "vitest";
import { foldWord, tokenize } from "./normalise.ts";

describe("foldWord", () => {
  it("folds case and diacritics", () => {
    expect(foldWord("Économie")).toBe("economie");
    expect(foldWord("Şanlıurfa")).toBe("sanliurfa");
  });

  it("makes Arabic letter variants one and drops tashkeel and tatweel", () => {
    expect(foldWord("إِدارة")).toBe(foldWord("ادارة"));
    expect(foldWord("مستشفى")).toBe("مستشفي");
    expect(foldWord("تعاونيّة")).toBe("تعاونيه");
    expect(foldWord("تـعـاون")).toBe("تعاون");
  });

  it("drops Greek accents and makes the final sigma a sigma", () => {
    expect(foldWord("Συνεταιρισμός")).toBe("συνεταιρισμοσ");
  });
});

describe("tokenize", () => {
  it("joins apostrophes and hyphens and keeps the parts", () => {
    const [co] = tokenize("co-operative");
    expect(co?.word).toBe("cooperative");
    expect(co?.parts).toEqual(["co", "operative"]);
    expect(tokenize("l'économie")[0]?.parts).toEqual(["l", "economie"]);
  });

  it("says where each word stands", () => {
    expect(tokenize("Harran, Şanlıurfa").map((t) => [t.start, t.end])).toEqual([
      [0, 6],
      [8, 17],
    ]);
  });
});
