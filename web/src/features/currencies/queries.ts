import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { currentLocale } from "../../i18n/current-locale.ts";
import { type CurrencyState, toCurrencyQuery } from "./url-state.ts";

/** Every initiative (the map layer on the explore screen). */
export const currencyListOptions = (lang = currentLocale()) =>
  queryOptions({
    queryKey: ["currencies", "list", { lang }],
    queryFn: () => unwrap(api.currencies.$get({ query: { pageSize: "200", lang } })),
  });

/** The initiatives matching the currencies page's filters, with facet counts. */
export const currencyFilteredOptions = (state: CurrencyState) => {
  const query = { ...toCurrencyQuery(state), lang: currentLocale() };
  return queryOptions({
    queryKey: ["currencies", "list", query],
    queryFn: () => unwrap(api.currencies.$get({ query })),
    placeholderData: keepPreviousData,
  });
};

export const currencyOptions = (id: string, lang = currentLocale()) =>
  queryOptions({
    queryKey: ["currencies", "detail", id, lang],
    queryFn: () => unwrap(api.currencies[":id"].$get({ param: { id }, query: { lang } })),
  });

export type CurrencyList = Awaited<ReturnType<NonNullable<ReturnType<typeof currencyListOptions>["queryFn"]>>>;
export type CurrencyDetail = Awaited<ReturnType<NonNullable<ReturnType<typeof currencyOptions>["queryFn"]>>>;
