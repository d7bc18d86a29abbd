import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { type CurrencyState, toCurrencyQuery } from "./url-state.ts";

/** Every initiative (the map layer on the explore screen). */
export const currencyListOptions = () =>
  queryOptions({
    queryKey: ["currencies", "list", {}],
    queryFn: () => unwrap(api.currencies.$get({ query: { pageSize: "200" } })),
  });

/** The initiatives matching the currencies page's filters, with facet counts. */
export const currencyFilteredOptions = (state: CurrencyState) => {
  const query = toCurrencyQuery(state);
  return queryOptions({
    queryKey: ["currencies", "list", query],
    queryFn: () => unwrap(api.currencies.$get({ query })),
    placeholderData: keepPreviousData,
  });
};

export const currencyOptions = (id: string) =>
  queryOptions({
    queryKey: ["currencies", "detail", id],
    queryFn: () => unwrap(api.currencies[":id"].$get({ param: { id } })),
  });

export type CurrencyList = Awaited<ReturnType<NonNullable<ReturnType<typeof currencyListOptions>["queryFn"]>>>;
export type CurrencyDetail = Awaited<ReturnType<NonNullable<ReturnType<typeof currencyOptions>["queryFn"]>>>;
