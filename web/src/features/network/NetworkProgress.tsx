/**
 * What a person waiting for a large network sees: how far the server is in computing its measures
 * (betweenness is nodes × ties), read from /api/network/progress while the network is on its way.
 */
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../../i18n/i18n.tsx";
import { networkProgressOptions } from "./queries.ts";

export function NetworkProgress({ query }: { query: Record<string, string> }) {
  const { t, formatNumber } = useI18n();
  const progress = useQuery(networkProgressOptions(query)).data;
  const computing = progress?.state === "computing";
  const percent = formatNumber(Math.round((progress?.done ?? 0) * 100));
  return (
    <div className="state network-progress" role="status" aria-live="polite">
      {computing ? (
        <>
          <p>{t("network.computing", { percent })}</p>
          <progress max={1} value={progress.done} aria-label={t("network.computingLabel")} />
        </>
      ) : (
        <p>{t("state.loading")}</p>
      )}
    </div>
  );
}
