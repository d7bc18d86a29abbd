import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { LinkText, Value } from "../curate/values.tsx";
import type { Revision } from "./queries.ts";
import "./history.css";
import { useRecordFieldLabel } from "../curate/field-labels.ts";

/** Revisions newest first, each with its author, reason, changed fields and sources; `action` adds a control. */
export function RevisionList({ revisions, action }: { revisions: Revision[]; action?: (r: Revision) => ReactNode }) {
  const { t, tp, formatDate } = useI18n();
  const label = useRecordFieldLabel();
  const newestFirst = [...revisions].sort((a, b) => b.number - a.number);
  return (
    <ol className="revisions">
      {newestFirst.map((r) => (
        <li key={r.number} className="revision">
          <h2>
            {t("history.revision", { n: r.number })}
            {" · "}
            {t(`history.action.${r.action}` as MessageKey)}
            {" · "}
            <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
          </h2>
          <p className="muted">{byText(t, r)}</p>
          {r.reason ? <p>{t("history.reason", { reason: r.reason })}</p> : null}
          {r.changes.length ? (
            <details open={r.changes.length <= 6}>
              <summary>{tp("history.changes", r.changes.length)}</summary>
              <table className="table diff">
                <thead>
                  <tr>
                    <th scope="col">{t("curate.diff.field")}</th>
                    <th scope="col">{t("curate.diff.before")}</th>
                    <th scope="col">{t("curate.diff.after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.changes.map((c) => (
                    <tr key={c.field}>
                      <th scope="row">{label(c.field)}</th>
                      <td className="diff-before">
                        <Value value={c.before} />
                      </td>
                      <td className="diff-after">
                        <Value value={c.after} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
          {r.sources.length ? (
            <ul className="revision-sources">
              {r.sources.map((s) => (
                <li key={s.id}>
                  {s.title}: <LinkText url={s.url} />
                </li>
              ))}
            </ul>
          ) : null}
          {action?.(r)}
        </li>
      ))}
    </ol>
  );
}

function byText(t: ReturnType<typeof useI18n>["t"], r: Revision): string {
  const who =
    r.by.type === "data-files"
      ? t("history.by.dataFiles")
      : r.by.type === "import"
        ? t("history.by.import")
        : r.by.type === "proposer"
          ? t("history.by.proposer", { name: r.by.name ?? t("curate.anonymous") })
          : t("history.by.curator", { name: r.by.name ?? t("history.provenance.aCurator") });
  return r.by.reviewer && r.by.type !== "curator"
    ? `${who}, ${t("history.by.reviewer", { name: r.by.reviewer })}`
    : who;
}
