import { type KeyboardEvent, useCallback, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

/**
 * One tab stop per chart, arrows between its cells (the ARIA grid pattern): Tab reaches the chart,
 * arrow keys move, Home and End jump to the row's ends, Enter or Space presses the cell. Left and
 * right follow the reading direction, so they swap in Arabic.
 */
export function useRovingGrid(rows: number, columns: number) {
  const { dir } = useI18n();
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const [r0, c0] = [Math.min(focus[0], rows - 1), Math.min(focus[1], columns - 1)];
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
      const back = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
      const moves: Record<string, [number, number]> = {
        [forward]: [r0, Math.min(columns - 1, c0 + 1)],
        [back]: [r0, Math.max(0, c0 - 1)],
        ArrowDown: [Math.min(rows - 1, r0 + 1), c0],
        ArrowUp: [Math.max(0, r0 - 1), c0],
        Home: [r0, 0],
        End: [r0, columns - 1],
      };
      const next = moves[event.key];
      if (!next) return;
      event.preventDefault();
      setFocus(next);
      const grid = event.currentTarget.closest("[data-grid]");
      grid?.querySelector<HTMLElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus();
    },
    [dir, rows, columns, r0, c0],
  );
  /** Props for the cell at (row, column). */
  const cellProps = (row: number, column: number) => ({
    "data-cell": `${row}-${column}`,
    tabIndex: row === r0 && column === c0 ? 0 : -1,
    onKeyDown,
    onFocus: () => setFocus([row, column]),
  });
  return { cellProps };
}
