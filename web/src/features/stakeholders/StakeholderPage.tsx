/** One stakeholder: what it is, every case it takes part in and in which role, its currencies and sources. */
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { SourceList } from "../../components/SourceList.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { SuggestCorrection } from "../contribute/SuggestCorrection.tsx";
import { Provenance } from "../history/Provenance.tsx";
import { RecordDataLinks } from "../linked-data/RecordDataLinks.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { stakeholderOptions } from "./queries.ts";

export function StakeholderPage() {
  const { id = "" } = useParams();
  const { t, tp, locale } = useI18n();
  const { label } = useTerms();
  const query = useQuery(stakeholderOptions(id));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} page />;
  const s = query.data;
  const place = [s.city, s.country ? countryName(s.country, locale) : null].filter(Boolean).join(", ");
  const roles = (keys: string[]) => new Intl.ListFormat(locale).format(keys.map((key) => label("role", key)));
  return (
    <article className="case-page stakeholder-page">
      <p className="breadcrumb">
        <Link to="/network">{t("nav.network")}</Link>
      </p>
      <h1>{s.name}</h1>
      <RecordDataLinks kind="stakeholders" id={s.id} />
      <Provenance kind="stakeholder" id={s.id} />
      <dl className="facts">
        <div>
          <dt>{t("stakeholderPage.type")}</dt>
          <dd>
            {label("stakeholderType", s.type)}
            <span className="muted">{` — ${t("coding.editors")}`}</span>
          </dd>
        </div>
        {s.sseForm ? (
          <div>
            <dt>{t("stakeholderPage.form")}</dt>
            <dd>{label("sseForm", s.sseForm)}</dd>
          </div>
        ) : null}
        {place ? (
          <div>
            <dt>{t("stakeholderPage.place")}</dt>
            <dd>{place}</dd>
          </div>
        ) : null}
        {s.website ? (
          <div>
            <dt>{t("stakeholderPage.website")}</dt>
            <dd>
              <a href={s.website} rel="noreferrer noopener" target="_blank">
                {s.website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {s.description ? <p className="lead">{s.description}</p> : null}
      <section aria-labelledby="stakeholder-cases">
        <h2 id="stakeholder-cases">{t("stakeholderPage.cases")}</h2>
        {s.cases.length ? (
          <p>
            {tp("stakeholderPage.caseCount", s.cases.length)}
            <span aria-hidden="true">{" · "}</span>
            <Link to={`/?stakeholder=${encodeURIComponent(s.id)}`}>{t("network.selected.allOnMap")}</Link>
          </p>
        ) : null}
        {s.cases.length === 0 ? <p className="muted">{t("stakeholderPage.noCases")}</p> : null}
        <ul>
          {s.cases.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${c.id}`}>{c.title}</Link>
              <span className="muted">{` — ${countryName(c.country, locale)}, ${t("stakeholderPage.roles", { roles: roles(c.roles) })}`}</span>
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/network?selected=${encodeURIComponent(s.id)}`}>{t("stakeholderPage.inNetwork")}</Link>
        </p>
      </section>
      {s.currencies.length ? (
        <section aria-labelledby="stakeholder-currencies">
          <h2 id="stakeholder-currencies">{t("stakeholderPage.currencies")}</h2>
          <ul>
            {s.currencies.map((c) => (
              <li key={`${c.id}-${c.role}`}>
                <Link to={`/currencies/${c.id}`}>{c.name}</Link>
                <span className="muted">{` — ${label("role", c.role)}`}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="stakeholder-sources">
        <h2 id="stakeholder-sources">{t("sources.title")}</h2>
        <SourceList sources={s.sources} />
      </section>
      <SuggestCorrection kind="stakeholder" id={s.id} current={s} />
    </article>
  );
}
