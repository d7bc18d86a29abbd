/**
 * Merges a proposed document into a published one it duplicates: what the published record says
 * stays; what it lacks comes from the proposal; lists gain the proposal's entries they do not have
 * (entries with an identity, such as a relationship's ends and type, count as had when that matches).
 */

/** The identity of an entry of a list, where two entries can differ in detail and still be the same. */
const identities: Record<string, (entry: Record<string, unknown>) => string> = {
  participants: (p) => `${p.stakeholder}|${p.role}`,
  relationships: (r) => `${r.from}|${r.type}|${r.to}`,
  stakeholders: (s) => `${s.stakeholder}|${s.role}`,
  cases: (c) => String(c.case),
  relatedCases: (c) => String(c.case),
};

export function mergeDocuments(
  existing: Record<string, unknown>,
  proposed: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(proposed)) {
    if (key === "id" || key === "translations") continue;
    const current = out[key];
    if (current === undefined || current === null || current === "") out[key] = value;
    else if (Array.isArray(current) && Array.isArray(value)) out[key] = union(key, current, value);
  }
  return out;
}

function union(key: string, current: unknown[], added: unknown[]): unknown[] {
  const identity = identities[key] ?? ((v: unknown) => JSON.stringify(v));
  const had = new Set(current.map((v) => identity(v as Record<string, unknown>)));
  return [...current, ...added.filter((v) => !had.has(identity(v as Record<string, unknown>)))];
}
