import { type CurrencySort, currencySorts } from "@atlas/api/contract";

/** The currencies view in the URL: filters, sort and timeline grouping, shareable like the explore view. */
export const currencyFilters = ["country", "model", "status", "governance", "convertibility"] as const;
export type CurrencyFilter = (typeof currencyFilters)[number];
export const timelineGroups = ["country", "model"] as const;
export type TimelineGroup = (typeof timelineGroups)[number];

export interface CurrencyState {
  filters: Record<CurrencyFilter, string[]>;
  from?: number;
  to?: number;
  sort: CurrencySort;
  group: TimelineGroup;
}

const toYear = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);
const oneOf = <T extends string>(values: readonly T[], v: string | null, fallback: T): T =>
  (values as readonly string[]).includes(v ?? "") ? (v as T) : fallback;

export function parseCurrencyState(params: URLSearchParams): CurrencyState {
  return {
    filters: Object.fromEntries(
      currencyFilters.map((f) => [
        f,
        (params.get(f) ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ]),
    ) as Record<CurrencyFilter, string[]>,
    from: toYear(params.get("from")),
    to: toYear(params.get("to")),
    sort: oneOf(currencySorts, params.get("sort"), "name"),
    group: oneOf(timelineGroups, params.get("group"), "country"),
  };
}

export function toCurrencySearchParams(state: CurrencyState): URLSearchParams {
  const params = new URLSearchParams();
  for (const f of currencyFilters) if (state.filters[f].length) params.set(f, state.filters[f].join(","));
  if (state.from !== undefined) params.set("from", String(state.from));
  if (state.to !== undefined) params.set("to", String(state.to));
  if (state.sort !== "name") params.set("sort", state.sort);
  if (state.group !== "country") params.set("group", state.group);
  return params;
}

/** The API query: every initiative matching the filters (there are tens, not thousands). */
export function toCurrencyQuery(state: CurrencyState) {
  const query: Record<string, string> = { pageSize: "200", sort: state.sort };
  for (const f of currencyFilters) if (state.filters[f].length) query[f] = state.filters[f].join(",");
  if (state.from !== undefined) query.from = String(state.from);
  if (state.to !== undefined) query.to = String(state.to);
  return query;
}
