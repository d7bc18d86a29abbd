/** What a hovered or focused node or tie is: name and type, metrics or years, and its cases. */
import { useI18n } from "../../i18n/i18n.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import type { Network, NetworkEdge, NetworkNode } from "./queries.ts";

export type TooltipTarget =
  | { kind: "node"; node: NetworkNode | undefined; at: { x: number; y: number } }
  | { kind: "edge"; edge: NetworkEdge | undefined; at: { x: number; y: number } };

const maxCases = 4;

export function Tooltip({
  target,
  network,
  width,
  height,
}: {
  target: TooltipTarget;
  network: Pick<Network, "cases" | "nodes">;
  width: number;
  height: number;
}) {
  const { t, tp, formatNumber } = useI18n();
  const { label } = useTerms();
  const titleOf = (id: string) => network.cases.find((c) => c.id === id)?.title ?? id;
  const nameOf = (id: string) => network.nodes.find((n) => n.id === id)?.label ?? id;
  // Kept inside the graph: flipped before the point near the right edge, above it near the bottom.
  const dx = target.at.x > width * 0.6 ? "-100%" : "0px";
  const dy = target.at.y > height * 0.6 ? "calc(-100% - 12px)" : "12px";
  const style = { transform: `translate(${target.at.x}px, ${target.at.y}px) translate(${dx}, ${dy})` };
  if (target.kind === "node") {
    const n = target.node;
    if (!n) return null;
    return (
      <div className="graph-tooltip" style={style} aria-hidden="true">
        <strong>{n.label}</strong>
        <span>{n.kind === "case" ? t("network.caseNode") : label("stakeholderType", n.type ?? "")}</span>
        <span>
          {t("network.tooltip.metrics", {
            degree: n.degree,
            betweenness: formatNumber(Math.round(n.betweenness * 1000) / 1000),
          })}
        </span>
        {n.kind === "stakeholder" ? <span>{tp("network.tooltip.cases", n.caseIds.length)}</span> : null}
      </div>
    );
  }
  const e = target.edge;
  if (!e) return null;
  const type =
    e.kind === "relationship"
      ? label("relationshipType", e.type ?? "")
      : e.kind === "participation"
        ? `${t("network.edgeKind.participation")}: ${label("role", e.type ?? "")}`
        : t("network.edgeKind.co-participation");
  const years = [e.startYear, e.endYear].filter((y) => y !== null).join("–");
  return (
    <div className="graph-tooltip" style={style} aria-hidden="true">
      <strong>{type}</strong>
      <span>
        {t(e.directed ? "network.tie.directed" : "network.tie.mutual", {
          from: nameOf(e.source),
          to: nameOf(e.target),
        })}
      </span>
      {e.basis ? <span>{e.basis}</span> : null}
      {years ? <span>{t("network.tie.years", { years })}</span> : null}
      {e.caseIds.slice(0, maxCases).map((id) => (
        <span key={id} className="muted">
          {titleOf(id)}
        </span>
      ))}
    </div>
  );
}
