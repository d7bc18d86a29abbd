import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { provenanceText } from "./Provenance.tsx";
import { historyOptions, type RecordKind } from "./queries.ts";
import { RevisionList } from "./RevisionList.tsx";

const kinds: RecordKind[] = ["case", "stakeholder", "currency"];
export const recordPath = { case: "cases", stakeholder: "stakeholders", currency: "currencies" } as const;

/** A record's public history: every revision, who made it, why, what changed and on which sources. */
export function HistoryPage() {
  const params = useParams();
  const kind = kinds.find((k) => k === params.kind) ?? "case";
  const id = params.id ?? "";
  const { t, formatDate } = useI18n();
  const query = useQuery(historyOptions(kind, id));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const h = query.data;
  return (
    <article className="history-page">
      <p className="breadcrumb">
        <Link to={`/${recordPath[kind]}/${id}`}>{t("history.backToRecord")}</Link>
      </p>
      <h1>{t("history.title")}</h1>
      <p className="lead">{provenanceText(t, formatDate, h)}</p>
      <RevisionList revisions={h.revisions} />
      <p className="muted">
        <Link to={`/curate/records/${kind}/${id}`}>{t("history.curatorEdit")}</Link>
      </p>
    </article>
  );
}
