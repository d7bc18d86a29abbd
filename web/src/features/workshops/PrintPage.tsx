import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { NotFound } from "../../components/NotFound.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { UserText } from "../../components/UserText.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { type Report as ReportData, reportOptions, workshopOptions } from "./queries.ts";
import { takeSecret } from "./secrets.ts";
import "./workshops.css";

/** A list as a document to print or save as PDF from the browser: steps, evidence with places and sources, votes. */
export function PrintPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const { t } = useI18n();
  const [secret] = useState(() => takeSecret(id));
  const workshop = useQuery({ ...workshopOptions(id, secret ?? ""), enabled: Boolean(secret) });
  const listId = params.get("list") ?? workshop.data?.lists[0]?.id;
  const report = useQuery({ ...reportOptions(id, listId ?? "", secret ?? ""), enabled: Boolean(secret && listId) });
  const title = report.data?.list.title;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
  if (!secret) {
    return (
      <main className="ws-print">
        <NotFound title={t("workshops.print.noKey")} help={t("workshops.access.help")} />
      </main>
    );
  }
  if (report.isError || workshop.isError) {
    return (
      <main className="ws-print">
        <ErrorState error={report.error ?? workshop.error} />
      </main>
    );
  }
  if (!report.data) return <Loading />;
  return (
    <main className="ws-print" lang={report.data.workshop.language}>
      <Report report={report.data} />
      <p className="ws-print-actions">
        <Link to={`/w/${id}?list=${report.data.list.id}`}>{t("workshops.print.back")}</Link>
        <button type="button" onClick={() => window.print()}>
          {t("workshops.print.print")}
        </button>
      </p>
    </main>
  );
}

function Report({ report }: { report: ReportData }) {
  const { t, tp, formatDate } = useI18n();
  return (
    <article className="ws-report">
      <header>
        <p className="meta">{[report.workshop.title, report.workshop.territory].filter(Boolean).join(" · ")}</p>
        <h1>{report.list.title}</h1>
        {report.workshop.challenge ? <p className="lead">{report.workshop.challenge}</p> : null}
      </header>
      <ol className="ws-report-steps">
        {report.steps.map((step) => (
          <li key={step.number}>
            <h2>
              <span className="ws-step-number">{step.number}.</span> {step.title}
            </h2>
            <p className="meta">
              {[
                step.phaseLabel,
                step.stakeholderTypes.length
                  ? `${t("workshops.item.responsible")} ${step.stakeholderTypes.map((s) => s.label).join(", ")}`
                  : "",
                step.votes === null ? "" : tp("workshops.votes.total", step.votes),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {step.description ? (
              <p className="ws-description" dir="auto">
                <UserText text={step.description} />
              </p>
            ) : null}
            {step.evidence.length ? (
              <>
                <h3>{t("workshops.evidence.title")}</h3>
                <ul className="ws-report-evidence">
                  {step.evidence.map((e) => (
                    <li key={`${e.caseId}-${e.title}`}>
                      <strong>{e.title}</strong>
                      {e.place ? ` (${e.place})` : ""}
                      {e.why ? `: ${e.why}` : ""}
                      {e.sources.length ? (
                        <ul className="ws-report-sources">
                          {e.sources.map((s) => (
                            <li key={s.url}>
                              <a href={s.url}>{s.title}</a>
                              {[s.publisher, s.year].filter((x) => x !== null && x !== "").length
                                ? ` — ${[s.publisher, s.year].filter((x) => x !== null && x !== "").join(", ")}`
                                : ""}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <footer className="muted">
        {t("workshops.print.footer", { date: formatDate(report.generatedAt), origin: window.location.host })}
        {report.votesShown ? "" : ` ${t("workshops.print.votesHidden")}`}
      </footer>
    </article>
  );
}
