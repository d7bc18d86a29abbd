/**
 * The explore view lives in the URL: filters, sort and page read from and written to search params,
 * so a copied address reproduces the view and back/forward work.
 */
export const listFilters = ["country", "domain", "phase", "collaboration", "need", "stakeholderType"] as const;
export type ListFilter = (typeof listFilters)[number];

export const caseSorts = ["relevance", "title", "-title", "startYear", "-startYear", "country"] as const;
export type CaseSort = (typeof caseSorts)[number];

export interface ExploreState {
  q: string;
  filters: Record<ListFilter, string[]>;
  from?: number;
  to?: number;
  sort?: CaseSort;
  page: number;
}

const toYear = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

export function parseExploreState(params: URLSearchParams): ExploreState {
  const filters = Object.fromEntries(
    listFilters.map((f) => [
      f,
      (params.get(f) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ]),
  ) as Record<ListFilter, string[]>;
  const sort = params.get("sort");
  const page = Number(params.get("page"));
  return {
    q: params.get("q") ?? "",
    filters,
    from: toYear(params.get("from")),
    to: toYear(params.get("to")),
    sort: (caseSorts as readonly string[]).includes(sort ?? "") ? (sort as CaseSort) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function toSearchParams(state: ExploreState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const f of listFilters) if (state.filters[f].length) params.set(f, state.filters[f].join(","));
  if (state.from !== undefined) params.set("from", String(state.from));
  if (state.to !== undefined) params.set("to", String(state.to));
  if (state.sort) params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  return params;
}

/** The API query for a state: only what is set, lists comma-joined. */
export function toCaseQuery(state: ExploreState, pageSize: number) {
  const query: Record<string, string> = { pageSize: String(pageSize), page: String(state.page) };
  if (state.q.trim()) query.q = state.q.trim();
  for (const f of listFilters) if (state.filters[f].length) query[f] = state.filters[f].join(",");
  if (state.from !== undefined) query.from = String(state.from);
  if (state.to !== undefined) query.to = String(state.to);
  if (state.sort) query.sort = state.sort;
  return query;
}

export function countActiveFilters(state: ExploreState): number {
  return (
    (state.q.trim() ? 1 : 0) +
    listFilters.reduce((n, f) => n + state.filters[f].length, 0) +
    (state.from !== undefined ? 1 : 0) +
    (state.to !== undefined ? 1 : 0)
  );
}
