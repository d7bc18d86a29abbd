import { keepPreviousData, type QueryClient, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { currentLocale } from "../../i18n/current-locale.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { ClusterView } from "../../map/view.ts";
import { configOptions } from "../config/queries.ts";
import { vocabulariesOptions } from "../vocabularies/queries.ts";
import { type ExploreState, parseExploreState, toCaseFilters, toCaseQuery } from "./url-state.ts";

export const pageSize = 20;

export const caseListOptions = (state: ExploreState, lang = currentLocale()) => {
  // The interface language is part of the query (and so of the cache key): content comes in it.
  const query = { ...toCaseQuery(state, pageSize), lang };
  return queryOptions({
    queryKey: ["cases", "list", query],
    queryFn: () => unwrap(api.cases.$get({ query })),
    placeholderData: keepPreviousData,
  });
};

/**
 * When the app opens on the explore page, asks for its list and the term labels of its cards at once,
 * beside the reader's catalogue, instead of once the catalogue has arrived and the page has rendered;
 * and for the settings that decide the map's basemap (320 bytes), so that the map, when it comes, asks
 * for its basemap as it mounts rather than one round trip later. Resolves once all three are in (or
 * failed: the page shows that), or at once elsewhere than the explore page, with whether it was there.
 */
export async function prefetchExplore(
  client: QueryClient,
  location: Pick<Location, "pathname" | "search">,
  locale: Locale,
): Promise<boolean> {
  if (location.pathname !== "/") return false;
  const state = parseExploreState(new URLSearchParams(location.search));
  await Promise.all([
    client.prefetchQuery(caseListOptions(state, locale)),
    client.prefetchQuery(vocabulariesOptions(locale)),
    client.prefetchQuery(configOptions()),
  ]);
  return true;
}

/** The filtered cases of one part of the map, clustered by the server at that zoom. */
export const caseClusterOptions = (state: ExploreState, view: ClusterView) => {
  const query = { ...toCaseFilters(state), zoom: String(view.zoom), view: view.view };
  return queryOptions({
    queryKey: ["cases", "clusters", query],
    queryFn: () => unwrap(api.cases.clusters.$get({ query })),
    placeholderData: keepPreviousData,
  });
};

export const caseOptions = (id: string, lang = currentLocale()) =>
  queryOptions({
    queryKey: ["cases", "detail", id, lang],
    queryFn: () => unwrap(api.cases[":id"].$get({ param: { id }, query: { lang } })),
  });

export type CaseList = Awaited<ReturnType<NonNullable<ReturnType<typeof caseListOptions>["queryFn"]>>>;
export type CaseDetail = Awaited<ReturnType<NonNullable<ReturnType<typeof caseOptions>["queryFn"]>>>;
export type Source = CaseDetail["sources"][number];

export const similarCasesOptions = (id: string, lang = currentLocale()) =>
  queryOptions({
    queryKey: ["cases", "similar", id, lang],
    queryFn: () => unwrap(api.cases[":id"].similar.$get({ param: { id }, query: { limit: "6", lang } })),
  });
