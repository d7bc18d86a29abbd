/** Every actor with its metrics, sortable by any column: the graph's alternative and the researcher's view. */
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { type NodeColumn, type NodeSort, nodeColumns, numericColumns as numeric } from "./columns.ts";
import { useFirstRows } from "./first-rows.tsx";
import type { Network, NetworkNode } from "./queries.ts";
import { type Cell, sortRows } from "./sort.ts";

/** Where a row links: the stakeholder's page, or the case's. */
export const nodeHref = (n: NetworkNode) =>
  n.kind === "case" ? `/cases/${n.caseIds[0] ?? ""}` : `/stakeholders/${n.id}`;

export function NodesTable({
  network,
  visible,
  sort,
  onSort,
}: {
  network: Network;
  visible: (n: NetworkNode) => boolean;
  sort: NodeSort;
  onSort: (sort: NodeSort) => void;
}) {
  const { t, locale, formatNumber } = useI18n();
  const { label } = useTerms();
  const bipartite = network.view === "bipartite";
  const columns = nodeColumns.filter((c) => !bipartite || (c !== "brokerage" && c !== "publicSocialBrokerage"));
  const typeOf = (n: NetworkNode) =>
    n.kind === "case" ? t("network.caseNode") : label("stakeholderType", n.type ?? "");
  const value = (n: NetworkNode, column: NodeColumn): Cell => {
    if (column === "name") return n.label;
    if (column === "type") return typeOf(n);
    if (column === "cases") return n.kind === "case" ? null : n.caseIds.length;
    if (column === "countries") return n.countries.length;
    return n[column];
  };
  const rows = sortRows(network.nodes.filter(visible), (n) => value(n, sort.column), sort.direction, locale);
  const { shown, more } = useFirstRows(rows);
  const toggle = (column: NodeColumn) =>
    onSort({
      column,
      direction:
        sort.column === column
          ? sort.direction === "ascending"
            ? "descending"
            : "ascending"
          : numeric.has(column)
            ? "descending"
            : "ascending",
    });
  const show = (n: NetworkNode, column: NodeColumn) => {
    const v = value(n, column);
    if (column === "countries") return n.countries.join(", ");
    if (column === "betweenness") return formatNumber(Math.round(n.betweenness * 1000) / 1000);
    return typeof v === "number" ? formatNumber(v) : (v ?? "");
  };
  return (
    <>
      <div className="table-scroll">
        <table className="table metrics-table">
          <caption className="visually-hidden">{t("network.nodesTable")}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sort.column === column ? sort.direction : undefined}
                  className={numeric.has(column) ? "number" : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => toggle(column)}>
                    {t(`network.metric.${column}` as MessageKey)}
                    {sort.column === column ? (
                      <svg className="sort-mark" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
                        <path
                          d={sort.direction === "ascending" ? "M1,8L5,2L9,8Z" : "M1,2L5,8L9,2Z"}
                          fill="currentColor"
                        />
                      </svg>
                    ) : null}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((n) => (
              <tr key={n.id}>
                {columns.map((column) =>
                  column === "name" ? (
                    <th key={column} scope="row">
                      <Link to={nodeHref(n)}>{n.label}</Link>
                    </th>
                  ) : (
                    <td key={column} className={numeric.has(column) ? "number" : undefined}>
                      {show(n, column)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more}
    </>
  );
}
