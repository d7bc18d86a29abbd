/** Every tie as a row: who, how, which way, in which cases. */
import { useI18n } from "../../i18n/i18n.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { useFirstRows } from "./first-rows.tsx";
import type { Network, NetworkEdge } from "./queries.ts";

export function EdgesTable({ network, visible }: { network: Network; visible: (e: NetworkEdge) => boolean }) {
  const { t } = useI18n();
  const { label } = useTerms();
  const names = new Map(network.nodes.map((n) => [n.id, n.label]));
  const titles = new Map(network.cases.map((c) => [c.id, c.title]));
  const rows = network.edges.filter(visible);
  const { shown, more } = useFirstRows(rows);
  const typeOf = (e: NetworkEdge) =>
    e.kind === "relationship"
      ? label("relationshipType", e.type ?? "")
      : e.kind === "participation"
        ? `${t("network.edgeKind.participation")}: ${label("role", e.type ?? "")}`
        : t("network.edgeKind.co-participation");
  return (
    <>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t("network.edgesTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("network.edge.from")}</th>
              <th scope="col">{t("network.edge.to")}</th>
              <th scope="col">{t("network.edge.type")}</th>
              <th scope="col">{t("network.edge.direction")}</th>
              <th scope="col">{t("network.edge.cases")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.id}>
                <td>{names.get(e.source) ?? e.source}</td>
                <td>{names.get(e.target) ?? e.target}</td>
                <td>{typeOf(e)}</td>
                <td>{e.directed ? t("network.edge.directed") : t("network.edge.mutual")}</td>
                <td>{e.caseIds.map((id) => titles.get(id) ?? id).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more}
    </>
  );
}
