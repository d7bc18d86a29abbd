import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { parseCompare, toggleCompare, withCompare } from "./selection.ts";

/**
 * The comparison being assembled, from the URL of whatever page the reader is on, and a toggle that
 * writes it back in place (a pick is not worth a history step).
 */
export function useCompareSelection() {
  const [params, setParams] = useSearchParams();
  const ids = useMemo(() => parseCompare(params), [params]);
  const toggle = useCallback(
    (id: string) =>
      setParams((current) => withCompare(current, toggleCompare(parseCompare(current), id)), { replace: true }),
    [setParams],
  );
  const clear = useCallback(() => setParams((current) => withCompare(current, []), { replace: true }), [setParams]);
  /** A link's search part that carries the selection to another page. */
  const carry = ids.length ? `?${withCompare(new URLSearchParams(), ids)}` : "";
  return { ids, toggle, clear, carry };
}
