import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { describeView } from "./describe.ts";
import { toViewHref } from "./links.ts";
import type { JourneyStep } from "./queries.ts";

/** The map, network and currency views that illustrate the step, opened with their filters. */
export function Views({ views }: { views: JourneyStep["views"] }) {
  const { t, locale } = useI18n();
  if (views.length === 0) return null;
  return (
    <section aria-labelledby="journey-views">
      <h3 id="journey-views">{t("journey.views")}</h3>
      <ul className="journey-views">
        {views.map((view) => {
          const { title, filters, count } = describeView(t, locale, view);
          return (
            <li key={toViewHref(view)}>
              <Link to={toViewHref(view)}>{title}</Link>
              <span className="meta">
                {" "}
                {filters} ({count})
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
