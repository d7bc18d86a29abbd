import { describe, expect, it } from "vitest";
import { z } from "zod";
import { userText } from "./text.ts";

const title = userText({ max: 20, required: true });
const name = userText({ max: 20, required: true, name: true });
const note = userText({ max: 50 });

describe("userText", () => {
  it("keeps ordinary text in any script, trimmed, with its line breaks and tabs", () => {
    expect(title.parse("  Care in Seville ")).toBe("Care in Seville");
    expect(note.parse("line one\nline two")).toBe("line one\nline two");
    expect(note.parse("first\r\nsecond\rthird")).toBe("first\nsecond\nthird");
    expect(note.parse("cost\t12 €")).toBe("cost\t12 €");
    expect(name.parse("فاطمة الزهراء")).toBe("فاطمة الزهراء");
    expect(name.parse("Ελένη")).toBe("Ελένη");
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["escape", "a\u001bb"],
    ["backspace", "a\u0008b"],
    ["DEL", "a\u007fb"],
  ])("refuses %s and every other control character but the line feed and tab", (_what, value) => {
    const result = note.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "must not contain control characters (only line breaks and tabs are allowed)",
    );
  });

  it.each([
    ["a line break", "Ana\nFacilitator"],
    ["a tab", "Ana\tMaría"],
    ["NUL", "Ana\u0000"],
  ])("refuses %s in a name: a name is one line", (_what, value) => {
    const result = name.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("must be one line, without control characters");
  });

  it("removes direction overrides, isolates, marks and zero-width characters from names", () => {
    expect(name.parse("\u202Enimda")).toBe("nimda");
    expect(name.parse("ad\u200Bmin\u2066\u2069")).toBe("admin");
    expect(name.parse("\uFEFFAna\u200F")).toBe("Ana");
    expect(name.parse("ad\u200Cmi\u200Dn")).toBe("admin");
    expect(name.safeParse("\u202E\u200B").success).toBe(false);
  });

  it("keeps joiners where they shape what is seen: emoji sequences and joining scripts", () => {
    const family = "👩\u200D👩\u200D👧";
    expect(name.parse(`Team ${family}`)).toBe(`Team ${family}`);
    expect(name.parse("🧑🏽\u200D🤝\u200D🧑🏻")).toBe("🧑🏽\u200D🤝\u200D🧑🏻");
    // Persian "mi-khaham": the non-joiner keeps the prefix apart, as written.
    expect(name.parse("می\u200Cخواهم")).toBe("می\u200Cخواهم");
  });

  it("leaves direction characters in running text, where the reader's own script may need them", () => {
    expect(note.parse("\u202Bنص\u202C")).toBe("\u202Bنص\u202C");
  });

  it("counts the length after cleaning, and stays a string schema that chains", () => {
    expect(name.parse(`${"a".repeat(20)}\u200B\u200B`)).toBe("a".repeat(20));
    expect(title.safeParse("a".repeat(21)).success).toBe(false);
    const optional = z.object({ territory: note.default("") });
    expect(optional.parse({})).toEqual({ territory: "" });
    expect(userText().parse(" any length ")).toBe("any length");
  });
});
