import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { type ExploreState, toCaseQuery } from "./url-state.ts";

export const pageSize = 20;

export const caseListOptions = (state: ExploreState) => {
  const query = toCaseQuery(state, pageSize);
  return queryOptions({
    queryKey: ["cases", "list", query],
    queryFn: () => unwrap(api.cases.$get({ query })),
    placeholderData: keepPreviousData,
  });
};

export const caseOptions = (id: string) =>
  queryOptions({
    queryKey: ["cases", "detail", id],
    queryFn: () => unwrap(api.cases[":id"].$get({ param: { id } })),
  });

export type CaseList = Awaited<ReturnType<NonNullable<ReturnType<typeof caseListOptions>["queryFn"]>>>;
export type CaseDetail = Awaited<ReturnType<NonNullable<ReturnType<typeof caseOptions>["queryFn"]>>>;
export type Source = CaseDetail["sources"][number];
