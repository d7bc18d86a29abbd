/** The selected actor: what it is, its metrics, and its cases in the network, each also on the map. */
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { nodeHref } from "./NodesTable.tsx";
import type { Network, NetworkNode } from "./queries.ts";

const sectorKeys = {
  public: "network.sector.public",
  social: "network.sector.social",
  other: "network.sector.rest",
} as const;

export function SelectedNode({
  node,
  network,
  onMap,
  onClear,
}: {
  node: NetworkNode;
  network: Network;
  onMap: (caseId: string) => string;
  onClear: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const { label } = useTerms();
  const titles = new Map(network.cases.map((c) => [c.id, c.title]));
  return (
    <section className="selected-node" aria-labelledby="selected-heading">
      <div className="selected-head">
        <h2 id="selected-heading">{`${t("network.selected")}: ${node.label}`}</h2>
        <button type="button" className="link-button" onClick={onClear}>
          {t("network.selected.clear")}
        </button>
      </div>
      <p className="meta">
        {`${label("stakeholderType", node.type ?? "")} · ${t("network.metric.sector")}: ${t(sectorKeys[node.sector ?? "other"])} · ${t(
          "network.tooltip.metrics",
          {
            degree: node.degree,
            betweenness: formatNumber(Math.round(node.betweenness * 1000) / 1000),
          },
        )}`}
      </p>
      <h3>{t("network.selected.cases")}</h3>
      <ul>
        {node.caseIds.map((id) => (
          <li key={id}>
            <Link to={`/cases/${id}`}>{titles.get(id) ?? id}</Link>
            <span aria-hidden="true">{" · "}</span>
            <Link to={onMap(id)}>{t("network.selected.onMap")}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to={nodeHref(node)}>{t("network.selected.open", { name: node.label })}</Link>
        <span aria-hidden="true">{" · "}</span>
        <Link to={`/?stakeholder=${encodeURIComponent(node.id)}`}>{t("network.selected.allOnMap")}</Link>
      </p>
    </section>
  );
}
