/**
 * Side by side: for each case its profile (stakeholders by type and role, measures of its own
 * graph), and across them which typology values all share, which only some have, and which
 * stakeholders recur. Pure: the route loads the cases and their networks.
 */
import { type CaseScheme, caseSchemes } from "@atlas/db/schema";
import type { CaseDetail } from "../cases/schema.ts";
import type { Network } from "../network/schema.ts";
import type { CaseProfile, Comparison } from "./schema.ts";

function countBy<T>(items: T[], key: (item: T) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

export function toProfile(c: CaseDetail, network: Network): CaseProfile {
  const actors = network.nodes.filter((n) => n.kind === "stakeholder");
  const shareOf = (sector: string) =>
    actors.length ? actors.filter((n) => n.sector === sector).length / actors.length : 0;
  const brokers = actors
    .filter((n) => (n.publicSocialBrokerage ?? 0) > 0)
    .sort(
      (a, b) => (b.publicSocialBrokerage ?? 0) - (a.publicSocialBrokerage ?? 0) || a.label.localeCompare(b.label, "en"),
    )
    .map((n) => ({ id: n.id, name: n.label, publicSocialBrokerage: n.publicSocialBrokerage ?? 0 }));
  // A stakeholder with two roles counts once per type, once per role.
  const distinctActors = [...new Map(c.participants.map((p) => [p.stakeholderId, p])).values()];
  return {
    case: c,
    stakeholdersByType: countBy(distinctActors, (p) => p.type).map(({ key, count }) => ({ type: key, count })),
    stakeholdersByRole: countBy(c.participants, (p) => p.role).map(({ key, count }) => ({ role: key, count })),
    measures: {
      actors: network.metrics.nodes,
      ties: network.metrics.ties,
      density: network.metrics.density,
      components: network.metrics.components,
      sectorShare: { public: shareOf("public"), social: shareOf("social"), other: shareOf("other") },
      brokers,
    },
    network,
  };
}

export function toComparison(profiles: CaseProfile[], dataset: Comparison["dataset"]): Comparison {
  const shared: Comparison["shared"] = [];
  const distinct: Comparison["distinct"] = [];
  for (const scheme of caseSchemes) {
    const holders = new Map<string, string[]>();
    for (const p of profiles) {
      for (const key of p.case[scheme as CaseScheme]) holders.set(key, [...(holders.get(key) ?? []), p.case.id]);
    }
    for (const [key, caseIds] of holders) {
      if (caseIds.length === profiles.length) shared.push({ scheme, key });
      else distinct.push({ scheme, key, caseIds });
    }
  }
  const byStakeholder = new Map<string, { id: string; name: string; caseIds: string[] }>();
  for (const p of profiles) {
    for (const s of new Map(p.case.participants.map((x) => [x.stakeholderId, x])).values()) {
      const entry = byStakeholder.get(s.stakeholderId) ?? { id: s.stakeholderId, name: s.name, caseIds: [] };
      entry.caseIds.push(p.case.id);
      byStakeholder.set(s.stakeholderId, entry);
    }
  }
  const sharedStakeholders = [...byStakeholder.values()]
    .filter((s) => s.caseIds.length > 1)
    .sort((a, b) => b.caseIds.length - a.caseIds.length || a.name.localeCompare(b.name, "en"));
  return { profiles, shared, distinct, sharedStakeholders, dataset };
}
