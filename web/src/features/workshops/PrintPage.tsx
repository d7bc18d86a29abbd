import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../../api.ts";
import { LanguageSwitcher } from "../../components/LanguageSwitcher.tsx";
import { NotFound } from "../../components/NotFound.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { PackAgenda } from "./PackAgenda.tsx";
import { PackCases } from "./PackCases.tsx";
import { PackFeedback } from "./PackFeedback.tsx";
import { PackGraph } from "./PackGraph.tsx";
import { PackSteps } from "./PackSteps.tsx";
import { toPackCases } from "./pack.ts";
import { reportOptions, workshopOptions } from "./queries.ts";
import { takeSecret } from "./secrets.ts";
import "./workshops.css";

/**
 * The national-workshop pack: one document to print or save as PDF from the browser, for the
 * workshop's members only (their secret, as on the workshop page). The agenda as run, the list's
 * steps with their votes and evidence, the evidence cases on a map with their sources, the graph of
 * their stakeholders, and the feedback on the webinars. In the reader's language; text the members
 * wrote stays as written.
 */
export function PrintPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const { t, formatDate } = useI18n();
  const [secret] = useState(() => takeSecret(id));
  const workshop = useQuery({ ...workshopOptions(id, secret ?? ""), enabled: Boolean(secret) });
  const listId = params.get("list") ?? workshop.data?.lists[0]?.id;
  const report = useQuery({ ...reportOptions(id, listId ?? "", secret ?? ""), enabled: Boolean(secret && listId) });
  const cases = useMemo(() => (report.data ? toPackCases(report.data) : []), [report.data]);
  const title = workshop.data?.title;
  useEffect(() => {
    if (title) document.title = `${t("workshops.pack.title")}: ${title}`;
  }, [title, t]);
  const refused = [workshop.error, report.error].some((e) => e instanceof ApiError && e.status === 404);
  // No secret, or one the server does not know (not a member, or removed): the pack stays closed.
  if (!secret || refused) {
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
  if (!report.data || !workshop.data) return <Loading />;
  const { workshop: about, list } = report.data;
  const lang = about.language;
  return (
    <main className="ws-print">
      <div className="ws-print-actions">
        <Link to={`/w/${id}?list=${list.id}`}>{t("workshops.print.back")}</Link>
        <LanguageSwitcher />
        <button type="button" onClick={() => window.print()}>
          {t("workshops.print.print")}
        </button>
      </div>
      <article className="ws-report ws-pack">
        <header>
          <p className="meta">{t("workshops.pack.title")}</p>
          <h1 lang={lang} dir="auto">
            {about.title}
          </h1>
          {about.territory ? (
            <p className="meta" lang={lang} dir="auto">
              {about.territory}
            </p>
          ) : null}
          {about.challenge ? (
            <p className="lead" lang={lang} dir="auto">
              {about.challenge}
            </p>
          ) : null}
        </header>
        <PackAgenda agenda={workshop.data.agenda} members={workshop.data.members} />
        <PackSteps report={report.data} cases={cases} />
        <PackCases cases={cases} />
        <PackGraph cases={cases} />
        <PackFeedback feedback={report.data.feedback} agenda={workshop.data.agenda} />
        <footer className="muted">
          {t("workshops.print.footer", { date: formatDate(report.data.generatedAt), origin: window.location.host })}
          {report.data.votesShown ? "" : ` ${t("workshops.print.votesHidden")}`}
        </footer>
      </article>
    </main>
  );
}
