/**
 * What sets the compared cases apart, as facts a sentence can be made of ("Only Can Batlló has a
 * community asset transfer"): typology values one case alone has (or all but one lack), different
 * scales, the biggest and smallest networks, cases without a public–social broker, and stakeholders
 * that recur. Most telling first; the page words them in the reader's language.
 */
import type { Comparison } from "./queries.ts";

export type Difference =
  | { kind: "only"; scheme: string; key: string; caseId: string }
  | { kind: "allBut"; scheme: string; key: string; caseId: string }
  | { kind: "scales"; scales: { caseId: string; scale: string }[] }
  | { kind: "size"; largest: string; largestActors: number; smallest: string; smallestActors: number }
  | { kind: "noBroker"; caseId: string }
  | { kind: "sharedStakeholder"; name: string; caseIds: string[] };

/** The schemes whose differences matter most for transfer, most telling first. */
const schemeOrder = ["collaborationType", "phase", "policyDomain", "level", "sseForm", "need", "doughnutDimension"];

export function toDifferences(comparison: Comparison, limit = 8): Difference[] {
  const { profiles } = comparison;
  const count = profiles.length;
  const rank = (scheme: string) => schemeOrder.indexOf(scheme);
  const typology = [...comparison.distinct]
    .sort((a, b) => rank(a.scheme) - rank(b.scheme))
    .flatMap((d): Difference[] => {
      if (d.caseIds.length === 1)
        return [{ kind: "only", scheme: d.scheme, key: d.key, caseId: d.caseIds[0] as string }];
      if (count >= 3 && d.caseIds.length === count - 1) {
        const missing = profiles.find((p) => !d.caseIds.includes(p.case.id));
        return missing ? [{ kind: "allBut", scheme: d.scheme, key: d.key, caseId: missing.case.id }] : [];
      }
      return [];
    });
  const out: Difference[] = [];
  const scales = profiles.flatMap((p) => (p.case.scale ? [{ caseId: p.case.id, scale: p.case.scale }] : []));
  if (new Set(scales.map((s) => s.scale)).size > 1) out.push({ kind: "scales", scales });
  const bySize = [...profiles].sort((a, b) => b.measures.actors - a.measures.actors);
  const largest = bySize[0];
  const smallest = bySize.at(-1);
  if (largest && smallest && largest.measures.actors > smallest.measures.actors) {
    out.push({
      kind: "size",
      largest: largest.case.id,
      largestActors: largest.measures.actors,
      smallest: smallest.case.id,
      smallestActors: smallest.measures.actors,
    });
  }
  const withBroker = profiles.filter((p) => p.measures.brokers.length > 0);
  if (withBroker.length > 0) {
    for (const p of profiles) if (p.measures.brokers.length === 0) out.push({ kind: "noBroker", caseId: p.case.id });
  }
  for (const s of comparison.sharedStakeholders)
    out.push({ kind: "sharedStakeholder", name: s.name, caseIds: s.caseIds });
  // Typology first (what the example sentence is about), then the structural contrasts.
  return [...typology.slice(0, Math.max(3, limit - out.length)), ...out].slice(0, limit);
}
