import { proposalStatuses, recordKinds } from "@atlas/api/contract";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { Field } from "../../components/Field.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { type QueueFilters, queueOptions } from "./queries.ts";

/** Open proposals (the default), then each status alone. */
const statuses = ["pending,changes-requested", ...proposalStatuses];

/** The review queue, oldest first, filtered by kind and status (kept in the address). */
export function QueuePage() {
  const { t, locale, formatDate } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters: QueueFilters = {
    kind: recordKinds.find((k) => k === params.get("kind")),
    status: params.get("status") ?? undefined,
  };
  const queue = useQuery(queueOptions(filters));
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <section aria-labelledby="queue-heading">
      <h1 id="queue-heading">{t("curate.queue.title")}</h1>
      <div className="field-row curate-filters">
        <Field label={t("curate.queue.kind")}>
          {(p) => (
            <select {...p} value={filters.kind ?? ""} onChange={(e) => setFilter("kind", e.target.value)}>
              <option value="">{t("curate.queue.allKinds")}</option>
              {recordKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`curate.kind.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("curate.queue.status")}>
          {(p) => (
            <select {...p} value={filters.status ?? statuses[0]} onChange={(e) => setFilter("status", e.target.value)}>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {s.includes(",") ? t("curate.queue.open") : t(`contribute.proposalStatus.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <ErrorState error={queue.error} onRetry={() => queue.refetch()} /> : null}
      {queue.data ? (
        queue.data.items.length === 0 ? (
          <p>{t("curate.queue.empty")}</p>
        ) : (
          <table className="table curate-queue">
            <caption className="visually-hidden">{t("curate.queue.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("curate.queue.proposal")}</th>
                <th scope="col">{t("curate.queue.kind")}</th>
                <th scope="col">{t("curate.queue.status")}</th>
                <th scope="col">{t("curate.queue.country")}</th>
                <th scope="col">{t("curate.queue.proposedBy")}</th>
                <th scope="col">{t("curate.queue.sent")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/curate/proposals/${p.id}`}>{p.title}</Link>
                    {p.action !== "create" ? (
                      <span className="muted">{` (${t(`curate.action.${p.action}` as MessageKey)})`}</span>
                    ) : null}
                  </td>
                  <td>{t(`curate.kind.${p.kind}` as MessageKey)}</td>
                  <td>{t(`contribute.proposalStatus.${p.status}` as MessageKey)}</td>
                  <td>{p.country ? countryName(p.country, locale) : ""}</td>
                  <td>{p.proposerName ?? t("curate.anonymous")}</td>
                  <td>
                    <time dateTime={p.createdAt}>{formatDate(p.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  );
}
