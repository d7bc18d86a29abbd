/**
 * "Cases like my territory": each case scored against a change-maker's profile, criterion by
 * criterion, with what is shared, what the case lacks and what it relied on that the profile lacks,
 * so the ranking explains itself. Pure; the weights are in weights.ts.
 */
import type { CriterionMatch, TerritoryQuery } from "./schema.ts";
import { type Criterion, type Region, regionOf, scaleNearness, weights } from "./weights.ts";

export interface Candidate {
  id: string;
  country: string;
  scale: string | null;
  policyDomain: string[];
  phase: string[];
  /** The distinct types of the case's stakeholders. */
  partnerTypes: string[];
  /** The SSE forms of its stakeholders and of the case's own coding. */
  forms: string[];
}

export type Profile = Pick<
  TerritoryQuery,
  "country" | "region" | "population" | "domain" | "partners" | "forms" | "phase"
>;

const intersect = (a: string[], b: string[]) => a.filter((x) => b.includes(x));
const minus = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

function statusOf(score: number): CriterionMatch["status"] {
  if (score >= 0.999) return "same";
  return score > 0 ? "partial" : "different";
}

function criterion(name: Criterion, score: number, parts: Partial<CriterionMatch> = {}): CriterionMatch {
  return {
    criterion: name,
    weight: weights[name],
    score,
    status: statusOf(score),
    shared: [],
    missing: [],
    extra: [],
    ...parts,
  };
}

/** Share of the profile's values the case has. */
function coverage(name: Criterion, wanted: string[], has: string[]): CriterionMatch {
  const shared = intersect(wanted, has);
  return criterion(name, shared.length / wanted.length, { shared, missing: minus(wanted, has) });
}

/**
 * Partners, both ways (a Dice coefficient): the case should rest on kinds of partner the profile has,
 * and the profile's partners should appear in the case. SSE forms count as partners of their own.
 */
function partners(profile: Profile, c: Candidate): CriterionMatch {
  const wanted = [...(profile.partners ?? []), ...(profile.forms ?? []).map((f) => `form:${f}`)];
  const has = [...c.partnerTypes, ...c.forms.map((f) => `form:${f}`)];
  const shared = intersect(wanted, has);
  const score = (2 * shared.length) / (wanted.length + has.length || 1);
  return criterion("partners", score, {
    shared,
    missing: minus(wanted, has),
    // What the case relied on beyond the profile's partners: kinds of actor, not forms.
    extra: minus(c.partnerTypes, profile.partners ?? []),
  });
}

function context(profile: Profile, c: Candidate): CriterionMatch {
  const region: Region | undefined = profile.region as Region | undefined;
  const profileRegion = region ?? (profile.country ? regionOf(profile.country) : undefined);
  if (profile.country && c.country === profile.country) return criterion("context", 1, { shared: [c.country] });
  if (profileRegion && regionOf(c.country) === profileRegion) {
    // A region asked for without a country is matched in full by any of its countries.
    return criterion("context", profile.country ? 0.5 : 1, { shared: [profileRegion], extra: [c.country] });
  }
  return criterion("context", 0, { extra: [c.country] });
}

function scale(c: Candidate): CriterionMatch {
  if (!c.scale) return { ...criterion("scale", 0.5), status: "unknown" };
  const score = scaleNearness[c.scale] ?? 0.5;
  return criterion("scale", score, { shared: score === 1 ? [c.scale] : [], extra: score === 1 ? [] : [c.scale] });
}

/** The criteria the profile speaks to, each scored for the case. */
export function toCriteria(profile: Profile, c: Candidate): CriterionMatch[] {
  const out: CriterionMatch[] = [];
  if (profile.domain?.length) out.push(coverage("domain", profile.domain, c.policyDomain));
  if (profile.partners?.length || profile.forms?.length) out.push(partners(profile, c));
  if (profile.country || profile.region) out.push(context(profile, c));
  if (profile.phase?.length) out.push(coverage("phase", profile.phase, c.phase));
  if (profile.population !== undefined) out.push(scale(c));
  return out;
}

/** The weighted share of the profile a case matches, 0 to 1. */
export function toScore(criteria: CriterionMatch[]): number {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return total ? criteria.reduce((sum, c) => sum + c.weight * c.score, 0) / total : 0;
}

/** Cases ranked by score (ties: more criteria fully matched, then id), those matching nothing but scale left out. */
export function rankCandidates(profile: Profile, candidates: Candidate[], limit: number) {
  return (
    candidates
      .map((c) => {
        const criteria = toCriteria(profile, c);
        return { id: c.id, score: toScore(criteria), criteria };
      })
      // Sharing only a scale of action says nothing about the case's relevance.
      .filter((m) => m.criteria.some((c) => c.criterion !== "scale" && c.score > 0))
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.criteria.filter((c) => c.status === "same").length - a.criteria.filter((c) => c.status === "same").length ||
          (a.id < b.id ? -1 : 1),
      )
      .slice(0, limit)
  );
}
