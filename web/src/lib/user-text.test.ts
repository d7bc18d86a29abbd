import { describe, expect, it } from "vitest";
import { toTextParts } from "./user-text.ts";

describe("toTextParts", () => {
  it("turns http(s) and www addresses into links and leaves the words around them", () => {
    expect(toTextParts("See https://example.org/a?b=1 and www.coop.es, then go.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: " and " },
      { kind: "link", text: "www.coop.es", href: "https://www.coop.es" },
      { kind: "text", text: ", then go." },
    ]);
  });

  it("keeps closing punctuation and brackets out of the address", () => {
    expect(toTextParts("(https://example.org/x).")).toEqual([
      { kind: "text", text: "(" },
      { kind: "link", text: "https://example.org/x", href: "https://example.org/x" },
      { kind: "text", text: ")." },
    ]);
  });

  it("never makes a link of other schemes, and reads markup as words", () => {
    const hostile = 'javascript:alert(1) <a href="https://evil.test">x</a> data:text/html,hi';
    const parts = toTextParts(hostile);
    // Only the address itself, without the quote and markup around it.
    expect(parts.filter((p) => p.kind === "link").map((p) => p.href)).toEqual(["https://evil.test"]);
    expect(parts.map((p) => p.text).join("")).toBe(hostile);
  });

  it("gives back the whole text, unchanged, when there is no address", () => {
    const text = `‮evil‬ 🧑‍🤝‍🧑 ${"x".repeat(4000)}`;
    expect(toTextParts(text)).toEqual([{ kind: "text", text }]);
  });
});
