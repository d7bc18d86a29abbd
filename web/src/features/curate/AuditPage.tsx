import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useCurator } from "./CurateLayout.tsx";
import { auditOptions } from "./queries.ts";

type Entry = { targetKind: string | null; targetId: string | null; detail: Record<string, unknown> | null };
const recordKinds = new Set(["case", "stakeholder", "currency"]);

/** Admins read who did what and when: decisions, edits, restores, imports and accounts, newest first. */
export function AuditPage() {
  const { t, formatDate } = useI18n();
  const me = useCurator();
  const log = useInfiniteQuery({ ...auditOptions(), enabled: me.curator.role === "admin" });
  if (me.curator.role !== "admin") return <p className="state">{t("curate.audit.adminOnly")}</p>;
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorState error={log.error} onRetry={() => log.refetch()} />;
  const items = log.data.pages.flatMap((p) => p.items);
  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading">{t("curate.audit.title")}</h1>
      <p className="lead">{t("curate.audit.intro")}</p>
      {items.length === 0 ? <p className="state">{t("curate.audit.empty")}</p> : null}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("curate.audit.when")}</th>
              <th scope="col">{t("curate.audit.who")}</th>
              <th scope="col">{t("curate.audit.action")}</th>
              <th scope="col">{t("curate.audit.target")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.createdAt}>{formatDate(e.createdAt)}</time>
                </td>
                <td>{e.curator?.name ?? t("curate.audit.system")}</td>
                <td>{t(`curate.audit.action.${e.action}` as MessageKey)}</td>
                <td dir="auto">
                  <Target entry={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.hasNextPage ? (
        <button type="button" onClick={() => log.fetchNextPage()} disabled={log.isFetchingNextPage}>
          {t("curate.audit.more")}
        </button>
      ) : null}
    </section>
  );
}

/** What an action was about: a record (with its history), a proposal, a batch or a curator. */
function Target({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  const { targetKind: kind, targetId: id, detail } = entry;
  if (!id) return null;
  const revision = typeof detail?.number === "number" ? detail.number : undefined;
  if (kind && recordKinds.has(kind))
    return (
      <>
        <Link to={`/history/${kind}/${id}`}>{`${t(`curate.kind.${kind}` as MessageKey)} ${id}`}</Link>
        {revision !== undefined ? ` · ${t("history.revision", { n: revision })}` : null}
      </>
    );
  if (kind === "proposal") return <Link to={`/curate/proposals/${id}`}>{t("curate.queue.proposal")}</Link>;
  return <code>{id}</code>;
}
