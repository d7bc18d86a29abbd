import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { currentLocale } from "../../i18n/current-locale.ts";
import { type ExploreState, toCaseFilters, toCaseQuery } from "./url-state.ts";

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

/** The filtered cases as GeoJSON points for the map. */
export const caseGeoOptions = (state: ExploreState) => {
  const query = { ...toCaseFilters(state), lang: currentLocale() };
  return queryOptions({
    queryKey: ["cases", "geo", query],
    queryFn: () => unwrap(api["cases.geojson"].$get({ query })),
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
