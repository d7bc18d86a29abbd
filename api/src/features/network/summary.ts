/**
 * The facts a short text summary of a network states, as data: the web app words them in the
 * reader's language. Each fact is null (or empty) when the network has nothing worth saying about it.
 */
import type { NetworkNode, NetworkSummary, NetworkView } from "./schema.ts";

type Node = Pick<NetworkNode, "id" | "kind" | "label" | "caseIds" | "countries" | "degree" | "betweenness"> & {
  publicSocialBrokerage: number | null;
};

/** Orders by the given numbers, highest first, then by label so equal values read alphabetically. */
const rank =
  (...values: ((n: Node) => number)[]) =>
  (a: Node, b: Node) => {
    for (const value of values) {
      const d = value(b) - value(a);
      if (d !== 0) return d;
    }
    return a.label.localeCompare(b.label, "en") || (a.id < b.id ? -1 : 1);
  };

export function toSummary(nodes: Node[], view: NetworkView): NetworkSummary {
  const stakeholders = nodes.filter((n) => n.kind === "stakeholder");
  const hub =
    view === "stakeholders"
      ? [...stakeholders]
          .sort(
            rank(
              (n) => n.degree,
              (n) => n.betweenness,
            ),
          )
          .find((n) => n.degree >= 2)
      : undefined;
  const broker = [...nodes].sort(rank((n) => n.betweenness)).find((n) => n.betweenness > 0);
  const recurring = [...stakeholders]
    .sort(
      rank(
        (n) => n.caseIds.length,
        (n) => n.countries.length,
      ),
    )
    .find((n) => n.caseIds.length >= 2);
  return {
    hub: hub ? { id: hub.id, degree: hub.degree, others: stakeholders.length - 1 } : null,
    broker: broker ? { id: broker.id, betweenness: broker.betweenness } : null,
    publicSocialBrokers: stakeholders
      .filter((n) => (n.publicSocialBrokerage ?? 0) > 0)
      .sort(rank((n) => n.publicSocialBrokerage ?? 0))
      .map((n) => n.id),
    recurring: recurring
      ? { id: recurring.id, cases: recurring.caseIds.length, countries: recurring.countries.length }
      : null,
  };
}
