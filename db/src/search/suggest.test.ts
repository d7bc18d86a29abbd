import { describe, expect, it } from "vitest";
import { editDistance } from "./suggest.ts";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit each", () => {
    expect(editDistance("zaragosa", "zaragoza")).toBe(1);
    expect(editDistance("sevila", "sevilla")).toBe(1);
    expect(editDistance("housnig", "housing")).toBe(1);
    expect(editDistance("تعاونيه", "تعاونية")).toBe(1);
    expect(editDistance("care", "care")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
});
