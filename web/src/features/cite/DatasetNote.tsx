import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../../i18n/i18n.tsx";
import { datasetOptions } from "./queries.ts";

/** The dataset version in the footer: which release and which content every page shows. */
export function DatasetNote() {
  const { t, formatDate } = useI18n();
  const { data } = useQuery(datasetOptions());
  if (!data) return null;
  return (
    <p className="dataset-note">
      <a href="/api/dataset">
        {t("cite.footer", { version: data.version, hash: data.shortHash, date: formatDate(data.modified) })}
      </a>
    </p>
  );
}
