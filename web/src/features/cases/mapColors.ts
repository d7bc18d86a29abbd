import { useMemo } from "react";
import { type ColorDimension, colorDimensions, toColorScale } from "../../map/colors.ts";
import { useTerms } from "../vocabularies/queries.ts";

/** Vocabulary order and colours of the three dimensions a map can be coloured by. */
export function useMapColors() {
  const { vocabularies } = useTerms();
  return useMemo(() => {
    if (!vocabularies) return undefined;
    const keys = Object.fromEntries(
      colorDimensions.map((d) => [d, vocabularies.schemes[d].map((t) => t.key)]),
    ) as Record<ColorDimension, string[]>;
    const scales = Object.fromEntries(colorDimensions.map((d) => [d, toColorScale(keys[d])])) as Record<
      ColorDimension,
      Map<string, string>
    >;
    return { keys, scales };
  }, [vocabularies]);
}
