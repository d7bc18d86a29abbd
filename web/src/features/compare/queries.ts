import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { currentLocale } from "../../i18n/current-locale.ts";

// The interface language is part of the query (and so of the cache key): content comes in it.
export const comparisonOptions = (ids: string[], lang = currentLocale()) =>
  queryOptions({
    queryKey: ["compare", ids, lang],
    queryFn: () => unwrap(api.compare.$get({ query: { cases: ids.join(","), lang } })),
    enabled: ids.length >= 2,
  });

export type Comparison = Awaited<ReturnType<NonNullable<ReturnType<typeof comparisonOptions>["queryFn"]>>>;
export type CaseProfile = Comparison["profiles"][number];

/** Every case's id and title, for the picker on the comparison page. */
export const caseTitlesOptions = () =>
  queryOptions({
    queryKey: ["cases", "titles", currentLocale()],
    queryFn: () => unwrap(api.cases.$get({ query: { pageSize: "200", sort: "title", lang: currentLocale() } })),
    select: (list) => list.items.map((c) => ({ id: c.id, title: c.title })),
    staleTime: 5 * 60_000,
  });
