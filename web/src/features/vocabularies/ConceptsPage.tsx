import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { Link, useLocation } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { termAnchor } from "../../lib/anchors.ts";
import { type Scheme, vocabulariesOptions } from "./queries.ts";

/** URL filter names of the schemes that filter cases, so an entry can link to its cases. */
const caseFilterOf: Partial<Record<Scheme, string>> = {
  phase: "phase",
  policyDomain: "domain",
  collaborationType: "collaboration",
  need: "need",
  stakeholderType: "stakeholderType",
};

/** The glossary: every controlled term with its definition and source, in the reader's language. */
export function ConceptsPage() {
  const { t, locale } = useI18n();
  const { hash } = useLocation();
  const query = useQuery(vocabulariesOptions(locale));
  useEffect(() => {
    if (hash && query.data) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash, query.data]);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const schemes = Object.entries(query.data.schemes).filter(([, terms]) => terms.length > 0) as [
    Scheme,
    (typeof query.data.schemes)[Scheme],
  ][];
  return (
    <article className="concepts">
      <h1>{t("concepts.title")}</h1>
      <p className="lead">{t("concepts.intro")}</p>
      <p className="downloads">
        <link rel="alternate" type="application/ld+json" href="/api/ld/concepts" />
        <a href="/api/ld/concepts" type="application/ld+json">
          {t("linkedData.skos")}
        </a>
      </p>
      <nav aria-label={t("concepts.contents")}>
        <ul className="chips">
          {schemes.map(([scheme]) => (
            <li key={scheme}>
              <a className="chip" href={`#scheme-${scheme}`}>
                {t(`scheme.${scheme}` as MessageKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {schemes.map(([scheme, terms]) => (
        <section key={scheme} id={`scheme-${scheme}`} aria-labelledby={`scheme-${scheme}-heading`}>
          <h2 id={`scheme-${scheme}-heading`}>{t(`scheme.${scheme}` as MessageKey)}</h2>
          <dl className="glossary">
            {terms.map((term) => (
              <div key={term.key} id={termAnchor(scheme, term.key)} tabIndex={-1}>
                <dt lang={term.locale}>{term.label}</dt>
                <dd>
                  {term.definition ? <p lang={term.locale}>{term.definition}</p> : null}
                  {term.locale !== locale ? <p className="muted">{t("concepts.untranslated")}</p> : null}
                  <p className="muted">
                    {term.source ? (
                      <a href={term.source.url} rel="noreferrer noopener" target="_blank">
                        {t("concepts.source", { title: term.source.title })}
                      </a>
                    ) : null}
                    {caseFilterOf[scheme] ? (
                      <>
                        {term.source ? " · " : null}
                        <Link to={`/?${caseFilterOf[scheme]}=${term.key}`}>{t("concepts.casesWith")}</Link>
                      </>
                    ) : null}
                  </p>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </article>
  );
}
