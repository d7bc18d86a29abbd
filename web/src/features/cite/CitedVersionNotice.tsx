import { useQuery } from "@tanstack/react-query";
import { useLocation } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { parseCitedVersion } from "./citation.ts";
import { datasetOptions } from "./queries.ts";

/** On a cited permalink whose content has changed since, says so: the reader sees today's data. */
export function CitedVersionNotice() {
  const { t, formatDate } = useI18n();
  const { search } = useLocation();
  const cited = parseCitedVersion(search);
  const { data } = useQuery({ ...datasetOptions(), enabled: cited !== null });
  if (!cited || !data || cited.label === data.label) return null;
  return (
    <p className="note cited-notice" role="status">
      {t("cite.changedSince", {
        cited: cited.label,
        date: cited.cited ? formatDate(cited.cited) : "—",
        current: data.label,
      })}
    </p>
  );
}
