import { describe, expect, it } from "vitest";
import { fixtureFiles, toAtlasData } from "../testing/fixture.ts";
import { formatProblem } from "./data-files.ts";
import { checkPlaceholderUrls, placeholderReason } from "./placeholder-urls.ts";

describe("placeholderReason", () => {
  it("flags lorem-ipsum slugs, reserved hosts and repeated slugs", () => {
    expect(placeholderReason("https://canbatllo.org/suspendisse-maximus-mi-ligula/")).toBe(
      'looks like a placeholder: "suspendisse, ligula" is lorem ipsum',
    );
    expect(placeholderReason("https://www.example.com/news/1")).toBe(
      "uses the reserved host www.example.com, not a real page",
    );
    expect(placeholderReason("https://site.test/a")).toBe("uses the reserved host site.test, not a real page");
    expect(placeholderReason("https://books.org/handbook/city-as-commons/city-as-commons")).toBe(
      'repeats the slug "city-as-commons" in its path, a sign of a copied placeholder address',
    );
  });

  it("passes real addresses, including dates and words that only resemble lorem ipsum", () => {
    expect(placeholderReason("https://marcelle.media/2019/12/12/roue-monnaie-locale-provence/")).toBeUndefined();
    expect(placeholderReason("https://www.ilpost.it/2022/12/21/nulla-sit-elit-maximus/")).toBeUndefined();
    expect(placeholderReason("https://example.org.es/a")).toBeUndefined();
    expect(
      placeholderReason(
        "https://www.erweiterungsbeitrag.admin.ch/countries/albania/en/home/content/countries/page.html",
      ),
    ).toBeUndefined();
    // Latin-1 percent-encoding is not UTF-8: the address is read undecoded instead of failing the check.
    expect(placeholderReason("https://www.site.fr/recherche?q=%ABmonnaie%BB")).toBeUndefined();
  });
});

describe("checkPlaceholderUrls", () => {
  it("names the source record of each placeholder address", () => {
    const files = fixtureFiles();
    files.sources = [
      { id: "real", url: "https://ajuntament.barcelona.cat/page", title: "Real" },
      { id: "lorem", url: "https://site.cat/lorem-ipsum-dolor/", title: "Lorem" },
    ];
    const data = { ...toAtlasData(fixtureFiles()), sources: toAtlasData(files).sources };
    expect(checkPlaceholderUrls(data).map(formatProblem)).toEqual([
      'data/sources.json: record "lorem", field "url": looks like a placeholder: "lorem, ipsum, dolor" is lorem ipsum',
    ]);
  });
});
