import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

export const currencyListOptions = () =>
  queryOptions({
    queryKey: ["currencies", "list"],
    queryFn: () => unwrap(api.currencies.$get({ query: { pageSize: "200" } })),
  });

export const currencyOptions = (id: string) =>
  queryOptions({
    queryKey: ["currencies", "detail", id],
    queryFn: () => unwrap(api.currencies[":id"].$get({ param: { id } })),
  });

export type CurrencyDetail = Awaited<ReturnType<NonNullable<ReturnType<typeof currencyOptions>["queryFn"]>>>;
