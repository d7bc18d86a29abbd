import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { LocaleOptions } from "../../components/LocaleOptions.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { loadCatalogue } from "../../i18n/catalogues.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { isLocale, type Locale, localeInfo } from "../../i18n/locales.ts";
import { type MessageKey, translate, type Vars } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { type Translate, toList, toStepNumber } from "./describe.ts";
import { Provenance } from "./Provenance.tsx";
import { type JourneyStepDetail, journeyStepOptions } from "./queries.ts";
import "./journey.css";

/**
 * A step's worksheet, to print or save as PDF from the browser. It stands alone (no site header) and
 * speaks the language in its address, so a shared permalink prints the same sheet for everyone.
 */
export function WorksheetPage() {
  const { step: id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const ui = useI18n();
  const requested = params.get("lang");
  const lang: Locale = isLocale(requested) ? requested : ui.locale;
  const t: Translate = (key: MessageKey, vars?: Vars) => translate(lang, key, vars);
  const query = useQuery(journeyStepOptions(id, lang));
  // The sheet's language may not be the reader's, whose catalogue alone is loaded with the app.
  const catalogue = useQuery({
    queryKey: ["catalogue", lang],
    queryFn: () => loadCatalogue(lang),
    staleTime: Infinity,
  });
  const title = query.data?.step.title;
  const ready = catalogue.isSuccess;
  useEffect(() => {
    // The browser offers the document's title as the PDF's file name.
    if (title && ready) document.title = `${title} – ${translate(lang, "journey.worksheet.title")}`;
  }, [title, lang, ready]);
  if (query.isPending || catalogue.isPending) return <Loading />;
  if (query.isError) {
    return (
      <main className="journey-sheet">
        <ErrorState error={query.error} onRetry={() => query.refetch()} page />
      </main>
    );
  }
  return (
    <main className="journey-sheet" lang={lang} dir={localeInfo[lang].dir}>
      <Sheet data={query.data} t={t} lang={lang} />
      <div className="journey-sheet-actions">
        <Link to={`/journey/${id}`}>{t("journey.worksheet.back")}</Link>
        <label>
          {t("journey.worksheet.language")}{" "}
          <select value={lang} onChange={(e) => setParams({ lang: e.target.value }, { replace: true })}>
            <LocaleOptions />
          </select>
        </label>
        <button type="button" onClick={() => window.print()}>
          {t("journey.worksheet.print")}
        </button>
      </div>
    </main>
  );
}

function Sheet({ data, t, lang }: { data: JourneyStepDetail; t: Translate; lang: Locale }) {
  const { step } = data;
  const origin = window.location.origin;
  const permalink = `${origin}/journey/${step.id}/worksheet?lang=${lang}`;
  return (
    <article className="journey-worksheet">
      <header>
        <p className="meta">
          {[data.title, t(`journey.part.${step.part}` as MessageKey), toStepNumber(t, step)]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <h1>{step.title}</h1>
        {step.theme ? <p className="lead">{step.theme}</p> : null}
      </header>
      {step.question ? <p className="journey-question">{step.question}</p> : null}
      <h2>{t("journey.goals")}</h2>
      <ul>
        {step.goals.map((goal) => (
          <li key={goal}>{goal}</li>
        ))}
      </ul>
      <h2>{t("journey.reflection")}</h2>
      <ol className="journey-sheet-questions">
        {step.reflection.map((q) => (
          <li key={q}>
            <p>{q}</p>
            <div className="journey-lines" role="img" aria-label={t("journey.worksheet.notes")} />
          </li>
        ))}
      </ol>
      {step.examples.length ? (
        <>
          <h2>{t("journey.worksheet.lookAt")}</h2>
          <ul className="journey-sheet-cases">
            {step.examples.map(({ case: c, coding }) => (
              <li key={c.id}>
                <a href={`${origin}/cases/${c.id}`}>
                  <bdi lang={c.locale}>{c.title}</bdi>
                </a>{" "}
                <span className="meta">
                  (<bdi>{[c.city, countryName(c.country, lang)].filter(Boolean).join(", ")}</bdi>)
                </span>
                {coding.length ? (
                  <div>
                    {t("journey.example.reason", {
                      coding: toList(
                        lang,
                        coding.map((x) => x.label),
                        "conjunction",
                      ),
                    })}
                  </div>
                ) : null}
                <div className="journey-url" dir="ltr">{`${origin}/cases/${c.id}`}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("journey.concepts")}</h2>
      <dl className="journey-sheet-concepts">
        {step.concepts.map((c) => (
          <div key={c.scheme}>
            <dt>{t(`scheme.${c.scheme}` as MessageKey)}</dt>
            <dd>
              {toList(
                lang,
                c.terms.map((term) => term.label),
                "conjunction",
              )}
            </dd>
          </div>
        ))}
      </dl>
      <footer className="journey-sheet-footer">
        <Provenance journey={data} t={t} locale={lang} />
        <p>
          {t("journey.worksheet.permalink")} <bdi dir="ltr">{permalink}</bdi>
        </p>
      </footer>
    </article>
  );
}
