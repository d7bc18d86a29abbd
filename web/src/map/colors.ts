/**
 * Colours for the case layer. Only as many values get a colour of their own as there are colours that
 * stay apart for every common colour vision (the Okabe–Ito set): the values with the most cases, so a
 * dimension with 24 values never gives two of them the same colour; the rarer ones share "other", in
 * the legend too. color-vision.test.ts measures the distances (CIE76 ΔE after the Machado et al. 2009
 * simulations): at least 26 for normal vision, 20 protan, 17 deutan, 16 tritan; 15 is the floor.
 */
import type { ExpressionSpecification } from "maplibre-gl";

export const colorDimensions = ["phase", "policyDomain", "collaborationType"] as const;
export type ColorDimension = (typeof colorDimensions)[number];

export const palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"];
/** The values without a colour of their own, and cases not coded: a light grey, apart from all of the above. */
export const otherColor = "#c9cdd2";

/**
 * A colour for each of the `keys` (vocabulary order) with the most cases in `counts`, as many as the
 * palette holds, in vocabulary order so a colour does not jump between values as counts change a little;
 * the others are left out (and drawn in `otherColor`).
 */
export function toColorScale(keys: string[], counts: Map<string, number> = new Map()): Map<string, string> {
  const ranked = [...keys].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  const coloured = new Set(ranked.slice(0, palette.length));
  return new Map(keys.filter((key) => coloured.has(key)).map((key, i) => [key, palette[i] as string]));
}

/** The MapLibre expression colouring a case by its primary value of the dimension. */
export function toColorExpression(dimension: ColorDimension, scale: Map<string, string>): ExpressionSpecification {
  const pairs = [...scale].flat();
  if (pairs.length === 0) return ["literal", otherColor] as unknown as ExpressionSpecification;
  return ["match", ["get", `${dimension}Key`], ...pairs, otherColor] as unknown as ExpressionSpecification;
}
