import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { toStepNumber } from "./describe.ts";
import { Provenance } from "./Provenance.tsx";
import { type JourneyStep, journeyOptions } from "./queries.ts";
import "./journey.css";

/** The journey's overview: the steps of each part of the programme, each opening on its page. */
export function JourneyPage() {
  const { t, locale } = useI18n();
  const query = useQuery(journeyOptions(locale));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const parts = [...new Set(query.data.steps.map((s) => s.part))];
  return (
    <article className="journey">
      <h1>{query.data.title}</h1>
      <p className="lead">{t("journey.intro")}</p>
      {parts.map((part) => (
        <section key={part} aria-labelledby={`journey-part-${part}`}>
          <h2 id={`journey-part-${part}`}>{t(`journey.part.${part}` as MessageKey)}</h2>
          <ol className="journey-cards">
            {query.data.steps
              .filter((s) => s.part === part)
              .map((s) => (
                <StepCard key={s.id} step={s} />
              ))}
          </ol>
        </section>
      ))}
      <Provenance journey={query.data} t={t} locale={locale} />
    </article>
  );
}

function StepCard({ step }: { step: JourneyStep }) {
  const { t } = useI18n();
  const number = toStepNumber(t, step);
  return (
    <li className="journey-card">
      {number ? <p className="meta">{number}</p> : null}
      <h3>
        <Link to={`/journey/${step.id}`}>{step.title}</Link>
      </h3>
      {step.theme ? <p className="journey-theme">{step.theme}</p> : null}
      <p>{step.question ?? step.goals[0]}</p>
    </li>
  );
}
