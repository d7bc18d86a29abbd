/** The dry run's counts and the rows with something to say, filterable, and the whole report as CSV. */
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { DryRun } from "./queries.ts";
import { useImportMessage } from "./useImportMessage.ts";

type Filter = "problems" | "error" | "warning" | "all";
const pageSize = 100;

export function DryRunReport({ result, onDownload }: { result: DryRun; onDownload: () => void }) {
  const { t } = useI18n();
  const say = useImportMessage();
  const [filter, setFilter] = useState<Filter>("problems");
  const { report } = result;
  const items = report.items.filter((i) =>
    filter === "all" ? true : filter === "problems" ? i.status !== "ok" : i.status === filter,
  );
  return (
    <section className="im-step" aria-labelledby="im-report-heading">
      <h2 id="im-report-heading">{t("imports.report.title")}</h2>
      <dl className="im-counts" aria-live="polite">
        {(["rows", "ok", "warnings", "errors", "duplicates"] as const).map((k) => (
          <div key={k} className={`im-count im-count-${k}`}>
            <dt>{t(`imports.report.${k}`)}</dt>
            <dd>{report[k]}</dd>
          </div>
        ))}
      </dl>
      <div className="im-toolbar">
        <label>
          {t("imports.report.show")}{" "}
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {(["problems", "error", "warning", "all"] as const).map((f) => (
              <option key={f} value={f}>
                {t(`imports.report.filter.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onDownload}>
          {t("imports.report.download")}
        </button>
      </div>
      <table className="im-table im-report">
        <thead>
          <tr>
            <th scope="col">{t("imports.report.row")}</th>
            <th scope="col">{t("imports.report.status")}</th>
            <th scope="col">{t("imports.report.column")}</th>
            <th scope="col">{t("imports.report.message")}</th>
          </tr>
        </thead>
        <tbody>
          {items.slice(0, pageSize).flatMap((item) =>
            (item.messages.length > 0 ? item.messages : [undefined]).map((m, i) => (
              <tr key={`${item.row}-${m?.code ?? "ok"}-${m?.column ?? ""}`} className={`im-${item.status}`}>
                <td>{i === 0 ? item.row : ""}</td>
                <td>{i === 0 ? t(`imports.status.${item.status}`) : ""}</td>
                <td dir="auto">{m?.column ?? ""}</td>
                <td dir="auto">{m ? say(m) : ""}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {items.length > pageSize ? (
        <p className="muted">{t("imports.report.more", { shown: pageSize, total: items.length })}</p>
      ) : null}
    </section>
  );
}
