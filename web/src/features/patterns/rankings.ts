/**
 * Ranked lists over a network's actors: who connects sectors (brokerage between public
 * administrations and the social side, then across any sectors) and who recurs in most cases.
 */
export interface RankedActor {
  id: string;
  kind: string;
  label: string;
  caseIds: string[];
  countries: string[];
  brokerage: number | null;
  publicSocialBrokerage: number | null;
}

const byLabel = (a: RankedActor, b: RankedActor) => a.label.localeCompare(b.label, "en");

/** Actors that sit between sectors, most public–social pairs first; none in the bipartite view. */
export function toConnectors<T extends RankedActor>(nodes: T[], limit = 10): T[] {
  return nodes
    .filter((n) => n.kind === "stakeholder" && (n.brokerage ?? 0) > 0)
    .sort(
      (a, b) =>
        (b.publicSocialBrokerage ?? 0) - (a.publicSocialBrokerage ?? 0) ||
        (b.brokerage ?? 0) - (a.brokerage ?? 0) ||
        byLabel(a, b),
    )
    .slice(0, limit);
}

/** Actors taking part in at least two of the shown cases, most cases first, then most countries. */
export function toRecurring<T extends RankedActor>(nodes: T[], limit = 10): T[] {
  return nodes
    .filter((n) => n.kind === "stakeholder" && n.caseIds.length >= 2)
    .sort((a, b) => b.caseIds.length - a.caseIds.length || b.countries.length - a.countries.length || byLabel(a, b))
    .slice(0, limit);
}
