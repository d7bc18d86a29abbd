/**
 * The explorer's own part of the URL, beside the case filters it shares with the explore page and
 * its map: which view, whether co-participation ties are drawn, and the selected stakeholder.
 */
import { type ExploreState, toCaseQuery, toSearchParams } from "../cases/url-state.ts";
import { type NodeColumn, type NodeSort, nodeColumns } from "./columns.ts";

export const networkParams = ["graph", "ties", "selected", "rank"] as const;

export interface NetworkState {
  view: "stakeholders" | "bipartite";
  coParticipation: boolean;
  selected?: string;
  /** The sort of the metrics table: a column, descending when `-` comes first. */
  rank?: NodeSort;
}

function parseRank(value: string | null): NodeSort | undefined {
  if (!value) return undefined;
  const column = value.replace(/^-/, "");
  if (!(nodeColumns as readonly string[]).includes(column)) return undefined;
  return { column: column as NodeColumn, direction: value.startsWith("-") ? "descending" : "ascending" };
}

export function parseNetworkState(params: URLSearchParams): NetworkState {
  return {
    view: params.get("graph") === "bipartite" ? "bipartite" : "stakeholders",
    coParticipation: params.get("ties") !== "recorded",
    selected: params.get("selected") || undefined,
    rank: parseRank(params.get("rank")),
  };
}

/** Writes the network state into `params` (a copy), leaving every other parameter as it is. */
export function withNetworkState(params: URLSearchParams, state: NetworkState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of networkParams) next.delete(name);
  if (state.view === "bipartite") next.set("graph", "bipartite");
  if (!state.coParticipation) next.set("ties", "recorded");
  if (state.selected) next.set("selected", state.selected);
  if (state.rank) next.set("rank", `${state.rank.direction === "descending" ? "-" : ""}${state.rank.column}`);
  return next;
}

/** The explore state written back with the network's own parameters kept, as the filter panel changes it. */
export function withExploreState(params: URLSearchParams, explore: ExploreState): URLSearchParams {
  const next = toSearchParams({ ...explore, page: 1 });
  for (const name of networkParams) {
    const value = params.get(name);
    if (value !== null) next.set(name, value);
  }
  return next;
}

/** The API query of the network: the case filters of the explore state, the view and the ties. */
export function toNetworkQuery(explore: ExploreState, network: NetworkState): Record<string, string> {
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = toCaseQuery(explore, 1);
  return { ...filters, view: network.view, coParticipation: String(network.coParticipation) };
}
