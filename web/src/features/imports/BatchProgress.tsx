/** A batch being written: a progress bar fed by polling the batch, then what landed where. */
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { batchOptions } from "./queries.ts";

export function BatchProgress({ batchId }: { batchId: string }) {
  const { t } = useI18n();
  const batch = useQuery(batchOptions(batchId)).data;
  if (!batch) return <p aria-live="polite">{t("imports.import.starting")}</p>;
  return (
    <div className="im-progress" aria-live="polite">
      <label htmlFor="im-progress-bar">{t("imports.import.progress", { done: batch.done, total: batch.total })}</label>
      <progress id="im-progress-bar" value={batch.done} max={Math.max(batch.total, 1)} />
      {batch.status === "done" ? (
        <p role="status">
          {t(batch.publish ? "imports.import.published" : "imports.import.proposed", {
            count: batch.total,
            id: batch.id,
          })}{" "}
          {batch.publish ? null : <Link to="/curate">{t("imports.import.toQueue")}</Link>}
        </p>
      ) : null}
      {batch.status === "failed" ? (
        <p className="im-error" role="alert">
          {t("imports.import.failed", { message: batch.error ?? "" })}
        </p>
      ) : null}
    </div>
  );
}
