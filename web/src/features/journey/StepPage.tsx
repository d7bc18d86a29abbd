import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { Concepts } from "./Concepts.tsx";
import { toStepNumber } from "./describe.ts";
import { Examples } from "./Examples.tsx";
import { OriginalText } from "./OriginalText.tsx";
import { Provenance } from "./Provenance.tsx";
import { journeyStepOptions } from "./queries.ts";
import { Reflection } from "./Reflection.tsx";
import { StepText } from "./StepText.tsx";
import { Views } from "./Views.tsx";
import "./journey.css";

/** One step: the programme's text, beside it what the atlas holds for it, then its reflection. */
export function StepPage() {
  const { step: id = "" } = useParams();
  const { t, locale } = useI18n();
  const query = useQuery(journeyStepOptions(id, locale));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} page />;
  const { step, previous, next } = query.data;
  const number = toStepNumber(t, step);
  return (
    <article className="journey journey-step">
      <p className="breadcrumb">
        <Link to="/journey">{query.data.title}</Link>
      </p>
      <header>
        <p className="meta">{[t(`journey.part.${step.part}` as MessageKey), number].filter(Boolean).join(" · ")}</p>
        <h1>{step.title}</h1>
        {step.theme ? <p className="lead">{step.theme}</p> : null}
      </header>
      <div className="journey-columns">
        <div className="journey-text">
          <StepText step={step} />
          <OriginalText step={step.id} language={query.data.source.language} />
        </div>
        <aside className="journey-atlas" aria-labelledby="journey-in-atlas">
          <h2 id="journey-in-atlas">{t("journey.inAtlas")}</h2>
          <Concepts concepts={step.concepts} />
          <Examples examples={step.examples} />
          <Views views={step.views} />
        </aside>
      </div>
      <Reflection step={step} />
      <nav className="journey-pager" aria-label={t("journey.stepNav")}>
        {previous ? (
          <Link to={`/journey/${previous.id}`} rel="prev">
            {t("journey.previous", { title: previous.title })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={`/journey/${next.id}`} rel="next">
            {t("journey.next", { title: next.title })}
          </Link>
        ) : null}
      </nav>
      <Provenance journey={query.data} t={t} locale={locale} />
    </article>
  );
}
