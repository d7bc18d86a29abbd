/** A cluster's mix as an SVG donut: arcs computed here, drawn by the marker. */
export interface Arc {
  path: string;
  color: string;
}

/** SVG path data of the ring sector between two fractions of a full turn. */
export function ringSector(start: number, end: number, r: number, r0: number): string {
  // An arc from a point to itself draws nothing, so a whole ring is two half arcs per circle
  // (drawn with fill-rule evenodd, the inner circle cuts the hole).
  if (end - start >= 1) {
    const circle = (radius: number) =>
      `M ${r.toFixed(2)} ${(r - radius).toFixed(2)} A ${radius} ${radius} 0 1 1 ${r.toFixed(2)} ${(r + radius).toFixed(2)} A ${radius} ${radius} 0 1 1 ${r.toFixed(2)} ${(r - radius).toFixed(2)} Z`;
    return `${circle(r)} ${circle(r0)}`;
  }
  const a0 = 2 * Math.PI * (start - 0.25);
  const a1 = 2 * Math.PI * (end - 0.25);
  const large = end - start > 0.5 ? 1 : 0;
  const p = (a: number, radius: number) =>
    `${(r + radius * Math.cos(a)).toFixed(2)} ${(r + radius * Math.sin(a)).toFixed(2)}`;
  return `M ${p(a0, r)} A ${r} ${r} 0 ${large} 1 ${p(a1, r)} L ${p(a1, r0)} A ${r0} ${r0} 0 ${large} 0 ${p(a0, r0)} Z`;
}

export function toArcs(slices: { count: number; color: string }[], r: number, r0: number): Arc[] {
  const total = slices.reduce((n, s) => n + s.count, 0);
  let at = 0;
  return slices.map((s) => {
    const start = at / total;
    at += s.count;
    return { path: ringSector(start, at / total, r, r0), color: s.color };
  });
}
