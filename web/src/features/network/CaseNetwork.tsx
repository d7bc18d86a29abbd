/** One case's actors and ties at a glance, on the case page; the table below it stays the text version. */
import { useQuery } from "@tanstack/react-query";
import { useId, useRef } from "react";
import { useNavigate } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { Exports } from "./Exports.tsx";
import { Legend, useHiddenKeys } from "./Legend.tsx";
import { type GraphHandle, NetworkGraph } from "./NetworkGraph.tsx";
import { NetworkSummary } from "./NetworkSummary.tsx";
import { nodeHref } from "./NodesTable.tsx";
import { caseNetworkOptions } from "./queries.ts";
import "./network.css";

export function CaseNetwork({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const query = useQuery(caseNetworkOptions(caseId));
  const { hidden, toggle } = useHiddenKeys();
  const graph = useRef<GraphHandle>(null);
  const summaryId = useId();
  const helpId = useId();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const network = query.data;
  if (network.nodes.length === 0) return null;
  return (
    <div className="case-network">
      <h3>{t("network.case.title")}</h3>
      <NetworkSummary network={network} id={summaryId} />
      {network.edges.length === 0 ? <p className="muted">{t("network.case.none")}</p> : null}
      <div className="network-frame">
        <NetworkGraph
          network={network}
          height={Math.min(520, 260 + network.nodes.length * 18)}
          name={t("network.figure")}
          describedBy={`${summaryId} ${helpId}`}
          hidden={hidden}
          onOpen={(node) => navigate(nodeHref(node))}
          wheel="modifier"
          handle={graph}
        />
        <Legend network={network} hidden={hidden} onToggle={toggle} />
      </div>
      <p id={helpId} className="muted">
        {`${t("network.keyboardHelp")} ${t("network.case.alternative")}`}
      </p>
      <Exports query={{ case: caseId, coParticipation: "false" }} graph={graph} what={caseId} />
    </div>
  );
}
