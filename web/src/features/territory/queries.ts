import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

/** The cases ranked for a profile's query (see profile.ts); nothing is asked for an empty profile. */
export const territoryOptions = (query: Record<string, string>) =>
  queryOptions({
    queryKey: ["territory", "matches", query],
    queryFn: () => unwrap(api.territory.$get({ query })),
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
