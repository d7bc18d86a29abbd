import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { userText } from "./text.ts";

const title = userText({ max: 20, required: true });
const name = userText({ max: 20, required: true, name: true });
const note = userText({ max: 50 });

describe("userText", () => {
  it("keeps ordinary text in any script, trimmed, with its line breaks", () => {
    expect(title.parse("  Care in Seville ")).toBe("Care in Seville");
    expect(note.parse("line one\nline two")).toBe("line one\nline two");
    expect(note.parse("first\r\nsecond\rthird")).toBe("first\nsecond\nthird");
    expect(name.parse("فاطمة الزهراء")).toBe("فاطمة الزهراء");
    expect(name.parse("Ελένη")).toBe("Ελένη");
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["tab", "a\tb"],
    ["escape", "a\u001bb"],
    ["DEL", "a\u007fb"],
  ])("refuses %s and every other control character but the line feed", (_what, value) => {
    const result = note.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("must not contain control characters (only line breaks are allowed)");
  });

  it("removes direction overrides, isolates, marks and zero-width characters from names", () => {
    expect(name.parse("\u202Enimda")).toBe("nimda");
    expect(name.parse("ad\u200Bmin\u2066\u2069")).toBe("admin");
    expect(name.parse("\uFEFFAna\u200F")).toBe("Ana");
    expect(name.safeParse("\u202E\u200B").success).toBe(false);
  });

  it("counts the length after cleaning, and stays a string schema that chains", () => {
    expect(name.parse(`${"a".repeat(20)}\u200B\u200B`)).toBe("a".repeat(20));
    expect(title.safeParse("a".repeat(21)).success).toBe(false);
    const optional = z.object({ territory: note.default("") });
    expect(optional.parse({})).toEqual({ territory: "" });
  });
});
