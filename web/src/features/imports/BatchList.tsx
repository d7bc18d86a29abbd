/**
 * Earlier batches, newest first, each undoable as a whole after a confirmation in place (the undo
 * button stays where it is, so keyboard focus is not lost when the confirmation appears after it).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { batchesOptions, undoBatch } from "./queries.ts";

export function BatchList({ token }: { token: string }) {
  const { t, formatDate } = useI18n();
  const client = useQueryClient();
  const batches = useQuery(batchesOptions());
  const [confirming, setConfirming] = useState<string | undefined>();
  const undo = useMutation({
    mutationFn: (id: string) => undoBatch(id, token),
    onSettled: () => {
      setConfirming(undefined);
      return client.invalidateQueries({ queryKey: ["imports", "batches"] });
    },
  });
  const items = batches.data?.items ?? [];
  return (
    <section className="im-step" aria-labelledby="im-batches-heading">
      <h2 id="im-batches-heading">{t("imports.batches.title")}</h2>
      {items.length === 0 ? <p className="muted">{t("imports.batches.none")}</p> : null}
      {undo.data ? (
        <p role="status">
          {t("imports.batches.undone", {
            id: undo.data.batchId,
            withdrawn: undo.data.withdrawn,
            deleted: undo.data.deleted,
            kept: undo.data.kept.length,
          })}
        </p>
      ) : null}
      {undo.error ? (
        <p className="im-error" role="alert">
          {undo.error.message}
        </p>
      ) : null}
      <ul className="im-batches">
        {items.map((b) => (
          <li key={b.id}>
            <span className="im-batch-name" dir="auto">
              {b.fileName}
            </span>{" "}
            <span className="muted">
              {t("imports.batches.line", {
                id: b.id,
                kind: t(`imports.kind.${b.kind}`),
                how: t(b.publish ? "imports.batches.published" : "imports.batches.proposals"),
                count: b.total,
                by: b.createdBy ?? "—",
                date: b.createdAt ? formatDate(b.createdAt) : "",
              })}
            </span>{" "}
            <span className={`im-badge im-badge-${b.status}`}>{t(`imports.batches.status.${b.status}`)}</span>{" "}
            {b.status === "done" ? (
              <button type="button" onClick={() => setConfirming(b.id)}>
                {t("imports.batches.undo")}
              </button>
            ) : null}
            {confirming === b.id ? (
              <span className="im-confirm">
                {t("imports.batches.confirm", { id: b.id })}{" "}
                <button type="button" disabled={undo.isPending} onClick={() => undo.mutate(b.id)}>
                  {t("imports.batches.confirmYes")}
                </button>{" "}
                <button type="button" className="secondary" onClick={() => setConfirming(undefined)}>
                  {t("imports.batches.cancel")}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
