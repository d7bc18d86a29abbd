import type { Locale } from "../../i18n/locales.ts";
import { type Translate, toLanguageName } from "./describe.ts";
import type { Journey } from "./queries.ts";

type Source = Pick<Journey, "source" | "translation">;

/** Where the texts come from and who translated them; said on every page of the journey and its worksheets. */
export function Provenance({ journey, t, locale }: { journey: Source; t: Translate; locale: Locale }) {
  const { source, translation } = journey;
  const language = toLanguageName(locale, source.language);
  const who = translation.translatedBy === "atlas-editors" ? t("journey.editors") : translation.translatedBy;
  const method = t(translation.method === "machine" ? "journey.method.machine" : "journey.method.human");
  return (
    <section className="journey-provenance" aria-labelledby="journey-provenance">
      <h2 id="journey-provenance">{t("journey.provenance.title")}</h2>
      <p>
        {t("journey.provenance.source", { language })}{" "}
        <cite lang={source.language}>
          <bdi>{source.document}</bdi>
        </cite>
        .
      </p>
      <p>
        {translation.reviewed && translation.reviewedBy
          ? t("journey.provenance.reviewed", { method, who, reviewer: translation.reviewedBy })
          : t("journey.provenance.unreviewed", { method, who })}
      </p>
      <p>{t("journey.provenance.editorial")}</p>
      {source.sources.length ? (
        <p>
          {t("journey.provenance.about")}{" "}
          {source.sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? " · " : null}
              <a href={s.url} rel="noreferrer noopener" target="_blank">
                <bdi>{s.title}</bdi>
              </a>
              {s.publisher ? ` (${s.publisher})` : null}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
