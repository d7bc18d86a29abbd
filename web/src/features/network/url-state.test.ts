import { describe, expect, it } from "vitest";
import { parseExploreState } from "../cases/url-state.ts";
import { parseNetworkState, toNetworkQuery, withExploreState, withNetworkState } from "./url-state.ts";

describe("network URL state", () => {
  it("defaults to the stakeholder view with co-participation ties", () => {
    expect(parseNetworkState(new URLSearchParams("phase=co-delivery"))).toEqual({
      view: "stakeholders",
      coParticipation: true,
      selected: undefined,
    });
  });

  it("writes its own parameters and keeps the filters", () => {
    const params = new URLSearchParams("phase=co-delivery&policyDomain=care&graph=bipartite");
    const next = withNetworkState(params, { view: "stakeholders", coParticipation: false, selected: "city" });
    expect(next.toString()).toBe("phase=co-delivery&policyDomain=care&ties=recorded&selected=city");
    expect(parseNetworkState(next)).toEqual({ view: "stakeholders", coParticipation: false, selected: "city" });
  });

  it("asks the API for the same cases as the list, without paging or sorting", () => {
    const params = new URLSearchParams(
      "phase=co-delivery&policyDomain=care&from=2015&sort=title&page=3&graph=bipartite",
    );
    expect(toNetworkQuery(parseExploreState(params), parseNetworkState(params))).toEqual({
      phase: "co-delivery",
      policyDomain: "care",
      from: "2015",
      view: "bipartite",
      coParticipation: "true",
    });
  });

  it("keeps the metrics table's sort as rank, descending with a minus", () => {
    const state = parseNetworkState(new URLSearchParams("rank=-betweenness"));
    expect(state.rank).toEqual({ column: "betweenness", direction: "descending" });
    expect(parseNetworkState(new URLSearchParams("rank=colour")).rank).toBeUndefined();
    expect(
      withNetworkState(new URLSearchParams(), {
        ...state,
        rank: { column: "name", direction: "ascending" },
      }).toString(),
    ).toBe("rank=name");
  });

  it("keeps its own parameters when the filter panel changes the filters", () => {
    const params = new URLSearchParams("phase=co-delivery&graph=bipartite&selected=city&page=2");
    const explore = parseExploreState(params);
    const next = withExploreState(params, { ...explore, filters: { ...explore.filters, policyDomain: ["care"] } });
    expect(next.get("policyDomain")).toBe("care");
    expect(next.get("phase")).toBe("co-delivery");
    expect([next.get("graph"), next.get("selected"), next.get("page")]).toEqual(["bipartite", "city", null]);
  });
});
