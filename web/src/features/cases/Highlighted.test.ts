import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Highlighted } from "./Highlighted.tsx";

const html = (text: string, ranges?: [number, number][]) =>
  renderToStaticMarkup(createElement(Highlighted, { text, ranges }));

describe("Highlighted", () => {
  it("marks the given ranges and escapes the text around them", () => {
    expect(
      html("Home care <b>by</b> a cooperative", [
        [5, 9],
        [22, 33],
      ]),
    ).toBe("Home <mark>care</mark> &lt;b&gt;by&lt;/b&gt; a <mark>cooperative</mark>");
  });

  it("leaves the text whole without ranges, and skips ranges out of order or past its end", () => {
    expect(html("تعاونية نسائية")).toBe("تعاونية نسائية");
    expect(
      html("care work", [
        [5, 9],
        [0, 4],
        [7, 40],
      ]),
    ).toBe("care <mark>work</mark>");
  });
});
