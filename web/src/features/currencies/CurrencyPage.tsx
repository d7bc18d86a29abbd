import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { SourceList } from "../../components/SourceList.tsx";
import { SourceRef } from "../../components/SourceRef.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageKey } from "../../i18n/translate.ts";
import { statusText } from "../../lib/status.ts";
import { Place } from "../cases/CaseList.tsx";
import { SuggestCorrection } from "../contribute/SuggestCorrection.tsx";
import { Provenance } from "../history/Provenance.tsx";
import { Block } from "../translations/Block.tsx";
import { ContentNote } from "../translations/ContentNote.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { FigureChart } from "./FigureChart.tsx";
import { toSeries } from "./figure-series.ts";
import { type CurrencyDetail, currencyOptions } from "./queries.ts";
import "./currencies.css";
import { RecordDataLinks } from "../linked-data/RecordDataLinks.tsx";

const facts = ["unitOfAccount", "backing", "demurrage", "issuance", "legalForm"] as const;

/** One currency initiative: how it works, who runs it, its figures with their years, and its sources. */
export function CurrencyPage() {
  const { id = "" } = useParams();
  const { t, locale } = useI18n();
  const { label } = useTerms();
  // The language of the original while it is shown: English, or a contribution's own.
  const [original, setOriginal] = useState<Locale | null>(null);
  const query = useQuery(currencyOptions(id, original ?? locale));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} page />;
  const c = query.data;
  return (
    <article className="case-page">
      <p className="breadcrumb">
        <Link to="/currencies">{t("nav.currencies")}</Link>
      </p>
      <ContentNote
        content={c.content}
        showingOriginal={original !== null}
        onToggle={() => setOriginal((o) => (o ? null : c.content.original.lang))}
      />
      <h1>
        <bdi>{c.name}</bdi>
      </h1>
      <RecordDataLinks kind="currencies" id={c.id} />
      <Provenance kind="currency" id={c.id} />
      <p className="meta">
        <Place c={c} />
      </p>
      {c.summary ? (
        <Block as="p" className="lead" content={c.content} path="summary">
          {c.summary}
        </Block>
      ) : null}
      <h2>{t("currency.howItWorks")}</h2>
      {/* A fact no source gives is left out rather than shown as "unknown". */}
      <dl className="facts">
        <Fact term={t("currency.model")} value={c.model ? label("currencyModel", c.model) : null} />
        <Fact
          term={t("currency.launch")}
          value={c.launchYear === null ? null : String(c.launchYear)}
          source={<SourceRef id={c.launchSourceId} sources={c.sources} />}
        />
        <Fact
          term={t("currency.status")}
          value={c.status ? statusText(t, c.status, c.statusYear) : null}
          source={<SourceRef id={c.statusSourceId} sources={c.sources} />}
        />
        <Fact
          term={t("currency.convertibility")}
          value={c.convertibility ? t(`convertibility.${c.convertibility}` as MessageKey) : null}
        />
        <Fact term={t("currency.governance")} value={c.governance ? label("currencyGovernance", c.governance) : null} />
        {facts.map((f) => (
          <Fact
            key={f}
            term={t(`currency.${f}` as MessageKey)}
            value={
              c[f] ? (
                <Block content={c.content} path={f}>
                  {c[f]}
                </Block>
              ) : null
            }
          />
        ))}
      </dl>
      {c.model || c.governance ? <p className="muted">{t("coding.currency")}</p> : null}
      <Figures c={c} />
      {c.cases.length ? (
        <section aria-labelledby="linked-cases">
          <h2 id="linked-cases">{t("currency.cases")}</h2>
          <ul>
            {c.cases.map((x, i) => (
              <li key={x.id}>
                <Link to={`/cases/${x.id}`}>
                  <bdi>{x.title}</bdi>
                </Link>
                {x.note ? (
                  <span className="muted">
                    {" — "}
                    <Block content={c.content} path={`cases.${i}.note`}>
                      {x.note}
                    </Block>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {c.stakeholders.length ? (
        <section aria-labelledby="linked-stakeholders">
          <h2 id="linked-stakeholders">{t("currency.stakeholders")}</h2>
          <ul>
            {c.stakeholders.map((s) => (
              <li key={`${s.id}-${s.role}`}>{`${s.name} — ${label("role", s.role)}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="currency-sources">
        <h2 id="currency-sources">{t("sources.title")}</h2>
        <SourceList sources={c.sources} />
      </section>
      <SuggestCorrection kind="currency" id={c.id} current={c} />
    </article>
  );
}

function Fact({ term, value, source }: { term: string; value: React.ReactNode; source?: React.ReactNode }) {
  if (value === null) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        {value}
        {source}
      </dd>
    </div>
  );
}

function Figures({ c }: { c: CurrencyDetail }) {
  const { t, formatNumber } = useI18n();
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">{t("currency.figures")}</h2>
      {c.figures.length === 0 ? <p className="muted">{t("currency.noFigures")}</p> : null}
      <div className="figure-charts">
        {toSeries(c.figures).map((series) => (
          <FigureChart key={`${series.metric}-${series.unit}`} series={series} tableId="figures-table" />
        ))}
      </div>
      {c.figures.length ? (
        <table className="table" id="figures-table">
          <caption className="visually-hidden">{t("currency.figuresTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("currency.metric")}</th>
              <th scope="col">{t("currency.value")}</th>
              <th scope="col">{t("currency.year")}</th>
              <th scope="col">{t("sources.title")}</th>
            </tr>
          </thead>
          <tbody>
            {c.figures.map((f) => (
              <tr key={`${f.metric}-${f.year}-${f.sourceId}-${f.value}`}>
                <td>{t(`metric.${f.metric}` as MessageKey)}</td>
                <td>
                  {`${formatNumber(f.value)}${f.unit ? ` ${f.unit}` : ""}`}
                  {f.note ? <span className="muted">{` (${f.note})`}</span> : null}
                </td>
                <td>{f.year}</td>
                <td>
                  <a href={`#source-${f.sourceId}`}>{`[${c.sources.findIndex((s) => s.id === f.sourceId) + 1}]`}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
