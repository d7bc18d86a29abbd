import { useI18n } from "../../i18n/i18n.tsx";
import type { JourneyStep } from "./queries.ts";

/** The programme's text of a step: its question, framing and goals. */
export function StepText({ step }: { step: Pick<JourneyStep, "question" | "framing" | "goals"> }) {
  const { t } = useI18n();
  return (
    <>
      {step.question ? (
        <section aria-labelledby="journey-question">
          <h2 id="journey-question">{t("journey.question")}</h2>
          <p className="journey-question">{step.question}</p>
        </section>
      ) : null}
      <section aria-labelledby="journey-framing">
        <h2 id="journey-framing">{t("journey.framing")}</h2>
        {step.framing.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <section aria-labelledby="journey-goals">
        <h2 id="journey-goals">{t("journey.goals")}</h2>
        <ul>
          {step.goals.map((goal, i) => (
            // The programme repeats a goal across steps, never within one; the index keeps keys unique anyway.
            // biome-ignore lint/suspicious/noArrayIndexKey: goals are static text in a fixed order
            <li key={i}>{goal}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
