import { useI18n } from "../../i18n/i18n.tsx";
import { type Matrix, rowTotal } from "./matrix.ts";

/** The numbers behind a matrix chart, as a plain table with row totals: the chart's text alternative. */
export function DataTable({
  matrix,
  caption,
  rowHeading,
  rowLabel,
  columnLabel,
}: {
  matrix: Matrix;
  caption: string;
  rowHeading: string;
  rowLabel: (key: string) => string;
  columnLabel: (key: string) => string;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <details className="chart-table">
      <summary>{t("patterns.showTable")}</summary>
      <div className="heat-frame">
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              {matrix.columns.map((c) => (
                <th key={c} scope="col">
                  {columnLabel(c)}
                </th>
              ))}
              <th scope="col">{t("patterns.total")}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((r) => (
              <tr key={r}>
                <th scope="row">{rowLabel(r)}</th>
                {matrix.columns.map((c) => (
                  <td key={c}>{formatNumber(matrix.count(r, c))}</td>
                ))}
                <td>{formatNumber(rowTotal(matrix, r))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
