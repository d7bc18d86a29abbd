import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { historyOptions, type RecordHistory, type RecordKind } from "./queries.ts";

/** The provenance sentence of a record: from the editors' files, or proposed by someone and reviewed. */
export function provenanceText(
  t: ReturnType<typeof useI18n>["t"],
  formatDate: (d: string) => string,
  h: RecordHistory,
) {
  const p = h.provenance;
  const reviewed = p.reviewedBy
    ? p.reviewedAt
      ? t("history.provenance.reviewedOn", { name: p.reviewedBy, date: formatDate(p.reviewedAt) })
      : t("history.provenance.reviewedBy", { name: p.reviewedBy })
    : "";
  if (p.origin === "data") return t("history.provenance.editors");
  const who =
    p.origin === "import"
      ? t("history.provenance.imported")
      : p.origin === "curator"
        ? t("history.provenance.curator", { name: p.reviewedBy ?? t("history.provenance.aCurator") })
        : p.proposedBy
          ? t("history.provenance.proposedBy", { name: p.proposedBy })
          : t("history.provenance.proposedAnonymously");
  return reviewed && p.origin !== "curator" ? `${who}, ${reviewed}` : who;
}

/** Under a record's title: who it comes from and who reviewed it, a link to its history, a correction. */
export function Provenance({ kind, id }: { kind: RecordKind; id: string }) {
  const { t, formatDate } = useI18n();
  const history = useQuery(historyOptions(kind, id));
  if (!history.data) return null;
  const changes = history.data.revisions.length;
  return (
    <p className="provenance muted">
      {provenanceText(t, formatDate, history.data)}
      {changes > 1
        ? ` · ${t("history.provenance.updated", { date: formatDate(history.data.provenance.updatedAt) })}`
        : ""}
      {" · "}
      <Link to={`/history/${kind}/${id}`}>{t("history.link")}</Link>
    </p>
  );
}
