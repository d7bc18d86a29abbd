import { UserText } from "../../components/UserText.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { caseKey, type PackCase } from "./pack.ts";
import type { Report } from "./queries.ts";

/** The recommendation list: its steps in order, with phase, responsible actors, votes and evidence. */
export function PackSteps({ report, cases }: { report: Report; cases: PackCase[] }) {
  const { t, tp } = useI18n();
  const { label } = useTerms();
  const lang = report.workshop.language;
  const numberOf = new Map(cases.map((c) => [caseKey(c), c.number]));
  return (
    <section className="ws-pack-section" aria-labelledby="pack-steps">
      <h2 id="pack-steps">{t("workshops.pack.recommendations")}</h2>
      {report.list.title !== t("workshops.pack.recommendations") ? (
        <p className="meta" lang={lang} dir="auto">
          {report.list.title}
        </p>
      ) : null}
      <ol className="ws-report-steps">
        {report.steps.map((step) => (
          <li key={step.number}>
            <h3>
              <span className="ws-step-number">{step.number}.</span>{" "}
              <span lang={lang} dir="auto">
                {step.title}
              </span>
            </h3>
            <p className="meta">
              {[
                label("phase", step.phase),
                step.stakeholderTypes.length
                  ? `${t("workshops.item.responsible")} ${step.stakeholderTypes.map((s) => label("stakeholderType", s.key)).join(", ")}`
                  : "",
                step.votes === null ? "" : tp("workshops.votes.total", step.votes),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {step.description ? (
              <p className="ws-description" lang={lang} dir="auto">
                <UserText text={step.description} />
              </p>
            ) : null}
            {step.evidence.length ? (
              <>
                <h4>{t("workshops.evidence.title")}</h4>
                <ul className="ws-report-evidence">
                  {step.evidence.map((e) => (
                    <li key={caseKey(e)}>
                      <span className="ws-pack-ref">{numberOf.get(caseKey(e))}</span> <strong>{e.title}</strong>
                      {e.place ? ` (${e.place})` : ""}
                      {e.why ? (
                        <>
                          {": "}
                          <span lang={lang} dir="auto">
                            {e.why}
                          </span>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
