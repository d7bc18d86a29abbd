import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { SourceList } from "../../components/SourceList.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
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
  const query = useQuery(currencyOptions(id));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const c = query.data;
  const unknown = t("case.unknown");
  return (
    <article className="case-page">
      <p className="breadcrumb">
        <Link to="/currencies">{t("nav.currencies")}</Link>
      </p>
      <h1>{c.name}</h1>
      <RecordDataLinks kind="currencies" id={c.id} />
      <p className="meta">{[c.city, c.region, countryName(c.country, locale)].filter(Boolean).join(", ")}</p>
      {c.summary ? <p className="lead">{c.summary}</p> : null}
      <h2>{t("currency.howItWorks")}</h2>
      <dl className="facts">
        <dt>{t("currency.model")}</dt>
        <dd>{c.model ? label("currencyModel", c.model) : unknown}</dd>
        <dt>{t("currency.launch")}</dt>
        <dd>{c.launchYear ?? unknown}</dd>
        <dt>{t("currency.status")}</dt>
        <dd>
          {c.status ? `${t(`status.${c.status}` as MessageKey)}${c.statusYear ? ` (${c.statusYear})` : ""}` : unknown}
        </dd>
        <dt>{t("currency.convertibility")}</dt>
        <dd>{c.convertibility ? t(`convertibility.${c.convertibility}` as MessageKey) : unknown}</dd>
        <dt>{t("currency.governance")}</dt>
        <dd>{c.governance ? label("currencyGovernance", c.governance) : unknown}</dd>
        {facts.map((f) => (
          <div key={f}>
            <dt>{t(`currency.${f}` as MessageKey)}</dt>
            <dd>{c[f] ?? unknown}</dd>
          </div>
        ))}
      </dl>
      <Figures c={c} />
      {c.cases.length ? (
        <section aria-labelledby="linked-cases">
          <h2 id="linked-cases">{t("currency.cases")}</h2>
          <ul>
            {c.cases.map((x) => (
              <li key={x.id}>
                <Link to={`/cases/${x.id}`}>{x.title}</Link>
                {x.note ? <span className="muted">{` — ${x.note}`}</span> : null}
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
    </article>
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
          <FigureChart
            key={`${series.metric}-${series.unit}`}
            series={series}
            sourceNumber={(id) => c.sources.findIndex((s) => s.id === id) + 1}
          />
        ))}
      </div>
      {c.figures.length ? (
        <table className="table">
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
