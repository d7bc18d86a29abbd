import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../../api.ts";
import { currentLocale } from "../../i18n/current-locale.ts";

export const networkOptions = (query: Record<string, string>, lang = currentLocale()) =>
  queryOptions({
    queryKey: ["network", "explore", query, lang],
    queryFn: () => unwrap(api.network.$get({ query: { ...query, lang } })),
    placeholderData: keepPreviousData,
  });

/** How far the server is in computing that network, asked again every half second while wanted. */
export const networkProgressOptions = (query: Record<string, string>, lang = currentLocale()) =>
  queryOptions({
    queryKey: ["network", "progress", query, lang],
    queryFn: () => unwrap(api.network.progress.$get({ query: { ...query, lang } })),
    refetchInterval: 500,
    staleTime: 0,
    gcTime: 0,
  });

export const caseNetworkOptions = (id: string, lang = currentLocale()) =>
  queryOptions({
    queryKey: ["network", "case", id, lang],
    queryFn: () => unwrap(api.cases[":id"].network.$get({ param: { id }, query: { lang } })),
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
