/**
 * The explore view lives in the URL: filters, sort and page read from and written to search params,
 * so a copied address reproduces the view and back/forward work.
 */
import { type CaseFacet, type CaseSort, caseFacets, caseSorts } from "@atlas/api/contract";
import { type ColorDimension, colorDimensions } from "../../map/colors.ts";

/** The filters with facet counts, named as the API's parameters and facets: the vocabulary scheme of their values, or country. */
export const listFilters = caseFacets;
export type ListFilter = CaseFacet;

/** The vocabulary that labels a filter's values; countries are named by the browser instead. */
export const schemeOf = (filter: ListFilter) => (filter === "country" ? undefined : filter);

/** The state with `key` added to the filter's values, or taken out if it was there. */
export function toggleFilter(state: ExploreState, filter: ListFilter, key: string): ExploreState {
  const values = state.filters[filter];
  const next = values.includes(key) ? values.filter((v) => v !== key) : [...values, key];
  return { ...state, filters: { ...state.filters, [filter]: next } };
}

/** What the map shows, as opposed to which cases: kept in the URL too, but not sent as filters. */
export interface MapState {
  /** `zoom/latitude/longitude`, see map/view.ts. */
  map?: string;
  /** The selected case. */
  selected?: string;
  color: ColorDimension;
  currencies: boolean;
  /** Whether the charts of patterns are open below the map. */
  patterns: boolean;
}

export interface ExploreState {
  view: MapState;
  q: string;
  /** Cases these stakeholders take part in (from the network explorer or a stakeholder page). */
  stakeholder: string[];
  filters: Record<ListFilter, string[]>;
  from?: number;
  to?: number;
  /** Cases started in this span of years (a bar of the chart of starts). */
  started?: { from: number; to: number };
  /** `type:role` pairs: cases where a stakeholder of that type takes that role. */
  participation: string[];
  /** The cases picked for comparison (at most four), carried from page to page. */
  compare: string[];
  sort?: CaseSort;
  page: number;
}

const toList = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

function parseStarted(value: string | null): ExploreState["started"] {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value ?? "");
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return from <= to ? { from, to } : undefined;
}

const toStartedParam = (s: { from: number; to: number }) => (s.from === s.to ? String(s.from) : `${s.from}-${s.to}`);
export const compareLimit = 4;

/** Names these filters had in addresses shared before they were named as their schemes: old links still filter. */
const formerNames: Partial<Record<ListFilter, string>> = { policyDomain: "domain", collaborationType: "collaboration" };

const filterParam = (params: URLSearchParams, filter: ListFilter) => {
  const former = formerNames[filter];
  return params.get(filter) ?? (former ? params.get(former) : null);
};

const toYear = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

export function parseExploreState(params: URLSearchParams): ExploreState {
  const filters = Object.fromEntries(listFilters.map((f) => [f, toList(filterParam(params, f))])) as Record<
    ListFilter,
    string[]
  >;
  const sort = params.get("sort");
  const page = Number(params.get("page"));
  const color = params.get("color");
  return {
    view: {
      map: params.get("map") ?? undefined,
      selected: params.get("case") ?? undefined,
      color: (colorDimensions as readonly string[]).includes(color ?? "") ? (color as ColorDimension) : "phase",
      currencies: params.get("currencies") === "1",
      patterns: params.get("patterns") === "1",
    },
    q: params.get("q") ?? "",
    stakeholder: toList(params.get("stakeholder")),
    filters,
    from: toYear(params.get("from")),
    to: toYear(params.get("to")),
    started: parseStarted(params.get("started")),
    participation: toList(params.get("participation")).filter((v) => /^[a-z0-9-]+:[a-z0-9-]+$/.test(v)),
    compare: [...new Set(toList(params.get("compare")))].slice(0, compareLimit),
    sort: (caseSorts as readonly string[]).includes(sort ?? "") ? (sort as CaseSort) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function toSearchParams(state: ExploreState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  if (state.stakeholder.length) params.set("stakeholder", state.stakeholder.join(","));
  for (const f of listFilters) if (state.filters[f].length) params.set(f, state.filters[f].join(","));
  if (state.from !== undefined) params.set("from", String(state.from));
  if (state.to !== undefined) params.set("to", String(state.to));
  if (state.started) params.set("started", toStartedParam(state.started));
  if (state.participation.length) params.set("participation", state.participation.join(","));
  if (state.sort) params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  if (state.view.selected) params.set("case", state.view.selected);
  if (state.view.color !== "phase") params.set("color", state.view.color);
  if (state.view.currencies) params.set("currencies", "1");
  if (state.view.map) params.set("map", state.view.map);
  if (state.view.patterns) params.set("patterns", "1");
  if (state.compare.length) params.set("compare", state.compare.join(","));
  return params;
}

/** The API filters of a state: only what is set, lists comma-joined. */
export function toCaseFilters(state: ExploreState) {
  const query: Record<string, string> = {};
  if (state.q.trim()) query.q = state.q.trim();
  if (state.stakeholder.length) query.stakeholder = state.stakeholder.join(",");
  for (const f of listFilters) if (state.filters[f].length) query[f] = state.filters[f].join(",");
  if (state.from !== undefined) query.from = String(state.from);
  if (state.to !== undefined) query.to = String(state.to);
  if (state.started) query.started = toStartedParam(state.started);
  if (state.participation.length) query.participation = state.participation.join(",");
  return query;
}

/** The API query for a page of the list. */
export function toCaseQuery(state: ExploreState, pageSize: number) {
  const query: Record<string, string> = {
    ...toCaseFilters(state),
    pageSize: String(pageSize),
    page: String(state.page),
  };
  if (state.sort) query.sort = state.sort;
  return query;
}

export function countActiveFilters(state: ExploreState): number {
  return (
    (state.q.trim() ? 1 : 0) +
    state.stakeholder.length +
    listFilters.reduce((n, f) => n + state.filters[f].length, 0) +
    (state.from !== undefined ? 1 : 0) +
    (state.to !== undefined ? 1 : 0) +
    (state.started ? 1 : 0) +
    state.participation.length
  );
}
