import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { currentLocale } from "../../i18n/current-locale.ts";

/** The cases ranked for a profile's query (see profile.ts); nothing is asked for an empty profile. */
export const territoryOptions = (query: Record<string, string>, lang = currentLocale()) =>
  queryOptions({
    queryKey: ["territory", "matches", query, lang],
    queryFn: () => unwrap(api.territory.$get({ query: { ...query, lang } })),
    enabled: Object.keys(query).length > 0,
    retry: false,
  });

export type TerritoryMatches = Awaited<ReturnType<NonNullable<ReturnType<typeof territoryOptions>["queryFn"]>>>;

/** The regions of kindred legal context and their countries, for the profile form. */
export const territoryRegionsOptions = () =>
  queryOptions({
    queryKey: ["territory", "regions"],
    queryFn: () => unwrap(api.territory.regions.$get()),
    staleTime: Number.POSITIVE_INFINITY,
  });
