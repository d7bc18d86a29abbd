import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { toList } from "./describe.ts";
import type { JourneyStep } from "./queries.ts";

/** The editors' example cases, in their order, each with the coding it was chosen for. */
export function Examples({ examples }: { examples: JourneyStep["examples"] }) {
  const { t, locale } = useI18n();
  if (examples.length === 0) return null;
  return (
    <section aria-labelledby="journey-examples">
      <h3 id="journey-examples">{t("journey.examples")}</h3>
      <ul className="journey-examples">
        {examples.map(({ case: c, coding }) => (
          <li key={c.id} className="case-card">
            <Link to={`/cases/${c.id}`} className="journey-example-title">
              <bdi lang={c.locale}>{c.title}</bdi>
            </Link>
            <p className="meta">
              {[c.city, countryName(c.country, locale), c.startYear].filter((x) => x !== null && x !== "").join(" · ")}
            </p>
            <p>
              {coding.length
                ? t("journey.example.reason", {
                    coding: toList(
                      locale,
                      coding.map((x) => x.label),
                      "conjunction",
                    ),
                  })
                : t("journey.example.recoded")}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
