/** The cases picked for comparison, as the `compare` parameter that travels with the reader. */
export const compareLimit = 4;

export function parseCompare(params: URLSearchParams, name = "compare"): string[] {
  const ids = (params.get(name) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9-]+$/.test(s));
  return [...new Set(ids)].slice(0, compareLimit);
}

/** Adds a case (unless the comparison is full) or removes it. */
export function toggleCompare(ids: string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((x) => x !== id);
  return ids.length >= compareLimit ? ids : [...ids, id];
}

/** `params` with the selection written in (or removed when empty); the other parameters stay. */
export function withCompare(params: URLSearchParams, ids: string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  if (ids.length) next.set("compare", ids.join(","));
  else next.delete("compare");
  return next;
}

/** Where the comparison of these cases is shown. */
export const comparePath = (ids: string[]) => `/compare?cases=${ids.map(encodeURIComponent).join(",")}`;
