import { describe, expect, it } from "vitest";
import { toCsv, toCsvField } from "./csv.ts";

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks, and leaves others bare", () => {
    expect(toCsvField('Can "Batlló", Barcelona')).toBe('"Can ""Batlló"", Barcelona"');
    expect(toCsvField("two\nlines")).toBe('"two\nlines"');
    expect(toCsvField(2011)).toBe("2011");
    expect(toCsvField(null)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(toCsvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(toCsvField(-5)).toBe("-5");
  });

  it("ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        [1, null],
      ]),
    ).toBe("a,b\r\n1,\r\n");
  });
});
