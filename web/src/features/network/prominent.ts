/**
 * The actors whose names the overview shows first: those the text summary names (the hub, the top
 * broker, the first public–social brokers, the actor found in most cases) and the most connected
 * others. A reader who has just read the summary finds its names on the graph.
 */
import type { Network } from "./queries.ts";

/** How many of the most connected actors are labelled whatever else they cover. */
export const prominentCount = 8;
/** As many public–social brokers as the summary names (summary.ts shows three, then "and N others"). */
const namedBrokers = 3;

export function toProminent(network: Pick<Network, "nodes"> & Partial<Pick<Network, "summary">>): Set<string> {
  const { summary } = network;
  const named = [
    summary?.hub?.id,
    summary?.broker?.id,
    ...(summary?.publicSocialBrokers ?? []).slice(0, namedBrokers),
    summary?.recurring?.id,
  ].filter((id): id is string => id !== undefined);
  const connected = [...network.nodes]
    .sort((a, b) => b.degree - a.degree || b.betweenness - a.betweenness || (a.id < b.id ? -1 : 1))
    .filter((n) => n.degree > 0)
    .slice(0, prominentCount)
    .map((n) => n.id);
  return new Set([...named, ...connected]);
}
