import { describe, expect, it } from "vitest";
import { toSlug, toToken } from "../../file-names.ts";
import { splitValues, toPlainText } from "./text.ts";

describe("text from other platforms", () => {
  it("strips HTML to plain text, decoding entities and keeping paragraphs apart", () => {
    const html =
      '<p>Founded in 2009, <strong>La Flor</strong> runs a caf&eacute; &amp; a food bank.</p><script>alert("x")</script><p>Open&nbsp;to all<br/>since 2010 &#8211; &#x2764;</p><!-- note -->';
    expect(toPlainText(html)).toBe(
      "Founded in 2009, La Flor runs a café & a food bank.\n\nOpen to all\nsince 2010 – ❤",
    );
  });

  it("leaves plain text alone, including a lone less-than sign", () => {
    expect(toPlainText("  3 < 4 and 5 > 2 ")).toBe("3 < 4 and 5 > 2");
  });

  it("never keeps a tag, even unclosed or with attributes", () => {
    expect(toPlainText('<a href="javascript:x" onclick="y">link</a><img src=x onerror=alert(1)>')).toBe("link");
  });

  it("normalises tokens across case, accents, underscores and punctuation", () => {
    expect(toToken("Non-Profit or Non Governmental")).toBe("non profit or non governmental");
    expect(toToken("non_profit_non_gov")).toBe("non profit non gov");
    expect(toToken("  Coopérative  SOCIALE ")).toBe("cooperative sociale");
    expect(toToken("Ελληνικά")).toBe("ελληνικα");
  });

  it("makes slugs of Latin letters and digits", () => {
    expect(toSlug("Asociación Vecinal «La Flor» (Sevilla)")).toBe("asociacion-vecinal-la-flor-sevilla");
  });

  it("splits multi-valued cells on the usual separators, not on decimal commas", () => {
    expect(splitValues("Care; Housing | Health\nFood, Energy • Water")).toEqual([
      "Care",
      "Housing",
      "Health",
      "Food",
      "Energy",
      "Water",
    ]);
    expect(splitValues("41,38")).toEqual(["41,38"]);
  });
});
