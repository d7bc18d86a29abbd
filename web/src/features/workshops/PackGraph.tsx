import { useQuery } from "@tanstack/react-query";
import { useId, useMemo } from "react";
import { ErrorState } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { Legend } from "../network/Legend.tsx";
import { NetworkSummary } from "../network/NetworkSummary.tsx";
import { networkOptions } from "../network/queries.ts";
import { toStaticSvg } from "../network/static-picture.ts";
import type { PackCase } from "./pack.ts";
import "../network/network.css";

const width = 720;
const maxHeight = 480;
const noneHidden = new Set<string>();

/** The stakeholders of the evidence cases and the relationships the cases record, as a still picture. */
export function PackGraph({ cases }: { cases: PackCase[] }) {
  const { t } = useI18n();
  const summaryId = useId();
  const ids = cases.flatMap((c) => (c.caseId ? [c.caseId] : []));
  // Only the ties the cases record: in a pack, a tie stands for something a source says.
  const query = { case: ids.join(","), coParticipation: "false" };
  const network = useQuery({ ...networkOptions(query), enabled: ids.length > 0 });
  const title = t("workshops.pack.graph");
  const picture = useMemo(
    () => (network.data ? toStaticSvg(network.data, width, maxHeight, title) : null),
    [network.data, title],
  );
  if (ids.length === 0) return null;
  return (
    <section className="ws-pack-section ws-pack-graph" aria-labelledby="pack-graph">
      <h2 id="pack-graph">{title}</h2>
      {network.isError ? <ErrorState error={network.error} onRetry={() => network.refetch()} /> : null}
      {network.data && picture ? (
        network.data.nodes.length === 0 ? (
          <p className="muted">{t("workshops.pack.graphNone")}</p>
        ) : (
          <figure className="ws-pack-figure">
            <img
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`}
              width={picture.width}
              height={picture.height}
              alt={t("workshops.pack.graphAlt")}
              aria-describedby={summaryId}
            />
            <figcaption>
              <NetworkSummary network={network.data} id={summaryId} />
              <Legend network={network.data} hidden={noneHidden} />
            </figcaption>
          </figure>
        )
      ) : null}
    </section>
  );
}
