import { describe, expect, it } from "vitest";
import { parseExploreState } from "../cases/url-state.ts";
import { parseCurrencyState } from "../currencies/url-state.ts";
import { parseNetworkState } from "../network/url-state.ts";
import { toTermRecordsHref, toViewHref, toWorksheetHref, toWorkshopHref } from "./links.ts";

const values = (...keys: string[]) => keys.map((key) => ({ key }));
const paramsOf = (href: string) => new URLSearchParams(href.split("?")[1] ?? "");

describe("toViewHref", () => {
  it("opens the network with the case filters the explore page shares, and the bipartite graph", () => {
    const href = toViewHref({
      page: "network",
      filters: [
        { name: "collaborationType", values: values("public-community-partnership") },
        { name: "country", values: values("ES", "PT") },
      ],
      graph: "bipartite",
    });
    expect(href.startsWith("/network?")).toBe(true);
    const explore = parseExploreState(paramsOf(href));
    expect(explore.filters.collaborationType).toEqual(["public-community-partnership"]);
    expect(explore.filters.country).toEqual(["ES", "PT"]);
    expect(parseNetworkState(paramsOf(href)).view).toBe("bipartite");
  });

  it("opens the explore map with policy domains and phases as its own parameter names", () => {
    const href = toViewHref({
      page: "explore",
      filters: [
        { name: "policyDomain", values: values("environment", "energy") },
        { name: "phase", values: values("co-design") },
      ],
      graph: null,
    });
    expect(href.startsWith("/?")).toBe(true);
    const { filters } = parseExploreState(paramsOf(href));
    expect(filters.policyDomain).toEqual(["environment", "energy"]);
    expect(filters.phase).toEqual(["co-design"]);
  });

  it("opens the currencies page with its model and governance filters", () => {
    const href = toViewHref({
      page: "currencies",
      filters: [
        { name: "currencyModel", values: values("time-bank") },
        { name: "currencyGovernance", values: values("municipal") },
      ],
      graph: null,
    });
    const state = parseCurrencyState(paramsOf(href));
    expect(href.startsWith("/currencies?")).toBe(true);
    expect(state.filters.model).toEqual(["time-bank"]);
    expect(state.filters.governance).toEqual(["municipal"]);
  });
});

describe("the other journey links", () => {
  it("links a term to the records coded with it where a page filters by its scheme", () => {
    expect(toTermRecordsHref("collaborationType", "civic-management")).toBe("/?collaborationType=civic-management");
    expect(toTermRecordsHref("currencyModel", "time-bank")).toBe("/currencies?model=time-bank");
    expect(toTermRecordsHref("doughnutDimension", "water")).toBeUndefined();
  });

  it("keeps the language in the worksheet's permalink", () => {
    expect(toWorksheetHref("watching-the-horizon", "ar")).toBe("/journey/watching-the-horizon/worksheet?lang=ar");
  });

  it("prefills a workshop with the step's title, challenge and language", () => {
    const href = toWorkshopHref({ title: "Étape 2 · Regarder l'horizon", challenge: "Comment… ?", language: "fr" });
    const params = paramsOf(href.split("#")[0] ?? "");
    expect(params.get("title")).toBe("Étape 2 · Regarder l'horizon");
    expect(params.get("challenge")).toBe("Comment… ?");
    expect(params.get("language")).toBe("fr");
  });
});
