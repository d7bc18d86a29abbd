/**
 * A match's criteria turned into what the page says: the points where the case agrees with the
 * profile and those where it differs, each naming its values, most weighty criterion first.
 */
import type { TerritoryMatches } from "./queries.ts";

export type Criterion = TerritoryMatches["items"][number]["criteria"][number];

export type Point =
  /** The case has all (or, partial, some) of the profile's values for this criterion. */
  | { kind: "same" | "partial"; criterion: Criterion["criterion"]; values: string[] }
  /** Values of the profile the case lacks. */
  | { kind: "missing"; criterion: Criterion["criterion"]; values: string[] }
  /** What the case has or relied on beyond the profile (other partners, another country or scale). */
  | { kind: "extra"; criterion: Criterion["criterion"]; values: string[] }
  /** The case does not report this (a scale of action). */
  | { kind: "unknown"; criterion: Criterion["criterion"]; values: string[] };

export interface Explanation {
  agrees: Point[];
  differs: Point[];
}

const byWeight = (a: Criterion, b: Criterion) => b.weight - a.weight;

export function toExplanation(criteria: Criterion[]): Explanation {
  const agrees: Point[] = [];
  const differs: Point[] = [];
  for (const c of [...criteria].sort(byWeight)) {
    if (c.status === "unknown") {
      differs.push({ kind: "unknown", criterion: c.criterion, values: [] });
      continue;
    }
    if (c.shared.length)
      agrees.push({ kind: c.status === "same" ? "same" : "partial", criterion: c.criterion, values: c.shared });
    if (c.missing.length) differs.push({ kind: "missing", criterion: c.criterion, values: c.missing });
    if (c.extra.length && c.status !== "same") differs.push({ kind: "extra", criterion: c.criterion, values: c.extra });
  }
  return { agrees, differs };
}

/** The criteria named in a one-line summary: those fully shared, and those where the case differs. */
export function toSummary(criteria: Criterion[]): {
  same: Criterion["criterion"][];
  differs: Criterion["criterion"][];
} {
  const sorted = [...criteria].sort(byWeight);
  return {
    same: sorted.filter((c) => c.status === "same").map((c) => c.criterion),
    differs: sorted.filter((c) => c.status === "different" || c.status === "partial").map((c) => c.criterion),
  };
}
