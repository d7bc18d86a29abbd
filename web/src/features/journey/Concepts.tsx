import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { termAnchor } from "../../lib/anchors.ts";
import { toTermRecordsHref } from "./links.ts";
import type { JourneyConcept } from "./queries.ts";

const currencySchemes = new Set(["currencyModel", "currencyGovernance"]);

/** The step's vocabularies: each term opens on its definition, with links to the glossary and its records. */
export function Concepts({ concepts }: { concepts: JourneyConcept[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="journey-concepts">
      <h3 id="journey-concepts">{t("journey.concepts")}</h3>
      {concepts.map((concept) => (
        <div key={concept.scheme} className="journey-scheme">
          <h4>{t(`scheme.${concept.scheme}` as MessageKey)}</h4>
          <ul className="journey-terms">
            {concept.terms.map((term) => {
              const count =
                term.count === null
                  ? undefined
                  : t(currencySchemes.has(concept.scheme) ? "journey.count.initiatives" : "journey.count.cases", {
                      count: term.count,
                    });
              const records = term.count ? toTermRecordsHref(concept.scheme, term.key) : undefined;
              return (
                <li key={term.key}>
                  <details>
                    <summary>
                      <span lang={term.locale}>{term.label}</span>
                      {count ? <span className="muted"> · {count}</span> : null}
                    </summary>
                    {term.definition ? <p lang={term.locale}>{term.definition}</p> : null}
                    <p className="meta">
                      <Link to={`/concepts#${termAnchor(concept.scheme, term.key)}`}>
                        {t("journey.concept.glossary")}
                      </Link>
                      {records && count ? (
                        <>
                          {" · "}
                          <Link to={records}>{count}</Link>
                        </>
                      ) : null}
                    </p>
                  </details>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
