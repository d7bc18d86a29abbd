import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";

/** The sections of the page, each a heading and a paragraph from the catalogues. */
const sections = ["what", "curation", "coding", "cite", "licence"] as const;

/**
 * What a first visit needs to trust the atlas: what co-production is, who curates it, how cases are
 * coded, how to cite it and under which licence. Every statement restates data/README.md and the
 * LICENSE files; nothing here is a new claim.
 */
export function AboutPage() {
  const { t } = useI18n();
  const citeUrl = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <article className="about">
      <h1>{t("about.title")}</h1>
      <p className="lead">{t("about.intro")}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`about-${section}`}>
          <h2 id={`about-${section}`}>{t(`about.${section}.title` as MessageKey)}</h2>
          <p>{t(`about.${section}.body` as MessageKey, { url: citeUrl })}</p>
        </section>
      ))}
      <ul className="about-links">
        <li>
          <Link to="/concepts">{t("about.links.concepts")}</Link>
        </li>
        <li>
          <Link to="/">{t("about.links.explore")}</Link>
        </li>
        <li>
          <a href="/api/docs">{t("footer.api")}</a>
        </li>
      </ul>
    </article>
  );
}
