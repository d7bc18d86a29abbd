import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { toWorkshopTitle } from "./describe.ts";
import { toWorksheetHref, toWorkshopHref } from "./links.ts";
import type { JourneyStep } from "./queries.ts";

/** The step's reflection questions, its worksheet and a workshop prefilled for it. */
export function Reflection({ step }: { step: JourneyStep }) {
  const { t, locale } = useI18n();
  const workshop = toWorkshopHref({ title: toWorkshopTitle(t, step), challenge: step.challenge, language: locale });
  return (
    <section className="journey-reflection" aria-labelledby="journey-reflection">
      <h2 id="journey-reflection">{t("journey.reflection")}</h2>
      <p className="muted">{t("journey.reflection.intro")}</p>
      <ol>
        {step.reflection.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      <p className="journey-actions">
        <Link className="journey-action" to={toWorksheetHref(step.id, locale)}>
          {t("journey.worksheet.open")}
        </Link>
        <Link className="journey-action" to={workshop} aria-describedby="journey-workshop-hint">
          {t("journey.workshop.start")}
        </Link>
      </p>
      <p id="journey-workshop-hint" className="meta">
        {t("journey.workshop.hint")}
      </p>
    </section>
  );
}
