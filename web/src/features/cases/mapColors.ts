import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type ColorDimension, colorDimensions, toColorScale } from "../../map/colors.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { caseListOptions } from "./queries.ts";
import { parseExploreState } from "./url-state.ts";

/** The whole atlas, unfiltered: its facet counts say which values are common enough for a colour of their own. */
const everything = parseExploreState(new URLSearchParams());

/**
 * Vocabulary order and colours of the three dimensions a map can be coloured by. The colours go to the
 * values with the most cases in the whole atlas, so they stay the same whatever the filters.
 */
export function useMapColors() {
  const { vocabularies } = useTerms();
  const all = useQuery(caseListOptions(everything));
  const facets = all.data?.facets;
  return useMemo(() => {
    if (!vocabularies || !facets) return undefined;
    const keys = Object.fromEntries(
      colorDimensions.map((d) => [d, vocabularies.schemes[d].map((t) => t.key)]),
    ) as Record<ColorDimension, string[]>;
    const counts = (d: ColorDimension) => new Map(facets[d].map((f) => [f.key, f.count]));
    const scales = Object.fromEntries(colorDimensions.map((d) => [d, toColorScale(keys[d], counts(d))])) as Record<
      ColorDimension,
      Map<string, string>
    >;
    return { keys, scales };
  }, [vocabularies, facets]);
}
