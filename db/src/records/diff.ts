/** What changed between two versions of a document, field by field (top-level fields; lists and objects as wholes). */

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffDocuments(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.flatMap((field) => {
    const a = before?.[field];
    const b = after?.[field];
    return same(a, b) ? [] : [{ field, before: a ?? null, after: b ?? null }];
  });
}
