import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";

export const networkOptions = (query: Record<string, string>) =>
  queryOptions({
    queryKey: ["network", "explore", query],
    queryFn: () => unwrap(api.network.$get({ query })),
    placeholderData: keepPreviousData,
  });

/** How far the server is in computing that network, asked again every half second while wanted. */
export const networkProgressOptions = (query: Record<string, string>) =>
  queryOptions({
    queryKey: ["network", "progress", query],
    queryFn: () => unwrap(api.network.progress.$get({ query })),
    refetchInterval: 500,
    staleTime: 0,
    gcTime: 0,
  });

export const caseNetworkOptions = (id: string) =>
  queryOptions({
    queryKey: ["network", "case", id],
    queryFn: () => unwrap(api.cases[":id"].network.$get({ param: { id } })),
  });

export type Network = Awaited<ReturnType<NonNullable<ReturnType<typeof networkOptions>["queryFn"]>>>;
export type NetworkNode = Network["nodes"][number];
export type NetworkEdge = Network["edges"][number];

/** Where to download the network as shown, in each format; the same query as the view. */
export function exportLinks(query: Record<string, string>) {
  const path = (url: URL) => `${url.pathname}${url.search}`;
  return {
    graphml: path(api["network.graphml"].$url({ query })),
    gexf: path(api["network.gexf"].$url({ query })),
    nodesCsv: path(api["network.csv"].$url({ query: { ...query, part: "nodes" } })),
    edgesCsv: path(api["network.csv"].$url({ query: { ...query, part: "edges" } })),
  };
}
