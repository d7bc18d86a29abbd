import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

export const comparisonOptions = (ids: string[]) =>
  queryOptions({
    queryKey: ["compare", ids],
    queryFn: () => unwrap(api.compare.$get({ query: { cases: ids.join(",") } })),
    enabled: ids.length >= 2,
  });

export type Comparison = Awaited<ReturnType<NonNullable<ReturnType<typeof comparisonOptions>["queryFn"]>>>;
export type CaseProfile = Comparison["profiles"][number];

/** Every case's id and title, for the picker on the comparison page. */
export const caseTitlesOptions = () =>
  queryOptions({
    queryKey: ["cases", "titles"],
    queryFn: () => unwrap(api.cases.$get({ query: { pageSize: "200", sort: "title" } })),
    select: (list) => list.items.map((c) => ({ id: c.id, title: c.title })),
    staleTime: 5 * 60_000,
  });
