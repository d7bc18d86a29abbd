import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { type ExploreState, parseExploreState, toSearchParams } from "./url-state.ts";

/**
 * The explore state from the URL, and a setter that writes it back: a new history entry, or in place
 * (`replace`) for map moves, so back and forward step through choices rather than every pan.
 */
export function useExploreState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseExploreState(params), [params]);
  const update = useCallback(
    (change: (s: ExploreState) => ExploreState, options?: { keepPage?: boolean; replace?: boolean }) => {
      setParams(
        (current) => {
          const next = change(parseExploreState(current));
          return toSearchParams(options?.keepPage ? next : { ...next, page: 1 });
        },
        { replace: options?.replace ?? false },
      );
    },
    [setParams],
  );
  return { state, update };
}
