/**
 * A three-way merge of a step's fields, for when someone saved it while you were editing: a field
 * only one side changed takes that change; a field both changed differently is a conflict, for the
 * member to decide. Nothing either person wrote is dropped without them seeing it.
 */
import type { Phase } from "./queries.ts";

export interface Draft {
  title: string;
  description: string;
  phase: Phase;
  stakeholderTypes: string[];
}

export const draftFields = ["title", "description", "phase", "stakeholderTypes"] as const;
export type DraftField = (typeof draftFields)[number];

const same = (a: Draft[DraftField], b: Draft[DraftField]) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join("|") === [...b].sort().join("|") : a === b;

/** `base`: what the member started from; `mine`: their edit; `theirs`: what is saved now. */
export function mergeDrafts(base: Draft, mine: Draft, theirs: Draft): { merged: Draft; conflicts: DraftField[] } {
  const merged = { ...mine };
  const conflicts: DraftField[] = [];
  for (const field of draftFields) {
    if (same(mine[field], base[field])) Object.assign(merged, { [field]: theirs[field] });
    else if (!same(theirs[field], base[field]) && !same(theirs[field], mine[field])) conflicts.push(field);
  }
  return { merged, conflicts };
}
