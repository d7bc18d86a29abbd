/**
 * Colours for the case layer: one per value of the chosen dimension, in vocabulary order, from a
 * palette that stays distinguishable for common colour-vision deficiencies (Okabe–Ito, then Tableau).
 */
import type { ExpressionSpecification } from "maplibre-gl";

export const colorDimensions = ["phase", "policyDomain", "collaborationType"] as const;
export type ColorDimension = (typeof colorDimensions)[number];

const palette = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#D55E00",
  "#56B4E9",
  "#8C6D31",
  "#7F3C8D",
  "#11A579",
  "#3969AC",
  "#F2B701",
  "#E73F74",
  "#80BA5A",
  "#E68310",
  "#008695",
  "#CF1C90",
  "#4B4B8F",
  "#A5AA99",
  "#B07AA1",
  "#59A14F",
];
export const otherColor = "#7a8591";

/** A colour for each key, stable for a given vocabulary order. */
export function toColorScale(keys: string[]): Map<string, string> {
  return new Map(keys.map((key, i) => [key, palette[i % palette.length] as string]));
}

/** The MapLibre expression colouring a case by its primary value of the dimension. */
export function toColorExpression(dimension: ColorDimension, scale: Map<string, string>): ExpressionSpecification {
  const pairs = [...scale].flat();
  if (pairs.length === 0) return ["literal", otherColor] as unknown as ExpressionSpecification;
  return ["match", ["get", `${dimension}Key`], ...pairs, otherColor] as unknown as ExpressionSpecification;
}
