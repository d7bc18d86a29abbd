/** A cross-tabulation as a shaded table of buttons: press a cell to filter by its row and column. */
import { useI18n } from "../../i18n/i18n.tsx";
import { type Matrix, needsLightText, toShade } from "./matrix.ts";
import { useRovingGrid } from "./useRovingGrid.ts";

interface Props {
  matrix: Matrix;
  caption: string;
  rowHeading: string;
  rowLabel: (key: string) => string;
  columnLabel: (key: string) => string;
  /** The accessible name of a cell: what it counts, for a screen reader. */
  cellLabel: (row: string, column: string, count: number) => string;
  isSelected: (row: string, column: string) => boolean;
  onSelect: (row: string, column: string) => void;
}

export function HeatMatrix({
  matrix,
  caption,
  rowHeading,
  rowLabel,
  columnLabel,
  cellLabel,
  isSelected,
  onSelect,
}: Props) {
  const { formatNumber } = useI18n();
  const { cellProps } = useRovingGrid(matrix.rows.length, matrix.columns.length);
  const shade = toShade(matrix.max);
  return (
    <div className="heat-frame">
      <table className="heat" data-grid="">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {matrix.columns.map((column) => (
              <th key={column} scope="col">
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row}>
              <th scope="row">{rowLabel(row)}</th>
              {matrix.columns.map((column, c) => {
                const count = matrix.count(row, column);
                const selected = isSelected(row, column);
                return (
                  <td key={column}>
                    <button
                      type="button"
                      className={selected ? "heat-cell is-selected" : "heat-cell"}
                      style={{
                        background: shade(count),
                        color: needsLightText(count, matrix.max) ? "#ffffff" : undefined,
                      }}
                      aria-pressed={selected}
                      aria-label={cellLabel(row, column, count)}
                      onClick={() => onSelect(row, column)}
                      {...cellProps(r, c)}
                    >
                      {count ? formatNumber(count) : ""}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
