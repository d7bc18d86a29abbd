import { describe, expect, it } from "vitest";
import { countActiveFilters, parseExploreState, toCaseFilters, toCaseQuery, toSearchParams } from "./url-state.ts";

describe("explore URL state", () => {
  it("round-trips through the search params", () => {
    const params = new URLSearchParams("q=care&country=ES,IT&phase=co-delivery&from=2010&sort=-startYear&page=3");
    const state = parseExploreState(params);
    expect(state.filters.country).toEqual(["ES", "IT"]);
    expect(state.page).toBe(3);
    expect(toSearchParams(state).toString()).toBe(params.toString());
  });

  it("drops values it cannot use instead of failing", () => {
    const state = parseExploreState(new URLSearchParams("from=20x&sort=random&page=-2&country=,"));
    expect(state).toMatchObject({ from: undefined, sort: undefined, page: 1 });
    expect(state.filters.country).toEqual([]);
    expect(toSearchParams(state).toString()).toBe("");
  });

  it("builds the API query and counts active filters", () => {
    const state = parseExploreState(new URLSearchParams("q=%20time%20bank%20&need=subsistence,protection&to=2020"));
    expect(toCaseQuery(state, 20)).toEqual({
      pageSize: "20",
      page: "1",
      q: "time bank",
      need: "subsistence,protection",
      to: "2020",
    });
    expect(countActiveFilters(state)).toBe(4);
  });
});

describe("map view state", () => {
  it("keeps position, selection, colouring and the currency layer, apart from the filters", () => {
    const params = new URLSearchParams(
      "country=ES&case=can-batllo&color=policyDomain&currencies=1&map=6.00%2F41.3800%2F2.1700",
    );
    const state = parseExploreState(params);
    expect(state.view).toEqual({
      map: "6.00/41.3800/2.1700",
      selected: "can-batllo",
      color: "policyDomain",
      currencies: true,
      patterns: false,
    });
    expect(toSearchParams(state).toString()).toBe(params.toString());
    expect(toCaseFilters(state)).toEqual({ country: "ES" });
    expect(countActiveFilters(state)).toBe(1);
  });

  it("colours by phase unless told otherwise", () => {
    expect(parseExploreState(new URLSearchParams("color=nonsense")).view.color).toBe("phase");
  });

  it("keeps the filters a chart sets, the charts toggle and the comparison", () => {
    const params = new URLSearchParams(
      "started=2010-2015&participation=public-local:funder&patterns=1&compare=can-batllo,la-borda",
    );
    const state = parseExploreState(params);
    expect(state.started).toEqual({ from: 2010, to: 2015 });
    expect(state.participation).toEqual(["public-local:funder"]);
    expect(state.view.patterns).toBe(true);
    expect(state.compare).toEqual(["can-batllo", "la-borda"]);
    expect(toCaseFilters(state)).toEqual({ started: "2010-2015", participation: "public-local:funder" });
    expect(countActiveFilters(state)).toBe(2);
    expect(new URLSearchParams(toSearchParams(state)).get("compare")).toBe("can-batllo,la-borda");
  });

  it("drops a backwards span, a malformed pair, repeated and surplus compared cases", () => {
    const state = parseExploreState(
      new URLSearchParams("started=2015-2010&participation=funder,a:b&compare=a,b,a,c,d,e"),
    );
    expect(state.started).toBeUndefined();
    expect(state.participation).toEqual(["a:b"]);
    expect(state.compare).toEqual(["a", "b", "c", "d"]);
  });

  it("reads the filters' former names, so that links shared before the rename still filter", () => {
    const state = parseExploreState(new URLSearchParams("domain=care&collaboration=partnership"));
    expect(state.filters.policyDomain).toEqual(["care"]);
    expect(state.filters.collaborationType).toEqual(["partnership"]);
    expect(toSearchParams(state).toString()).toBe("policyDomain=care&collaborationType=partnership");
  });
});
