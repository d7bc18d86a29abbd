import { useI18n } from "../../i18n/i18n.tsx";
import { useItemName } from "./Agenda.tsx";
import type { AgendaData, Report } from "./queries.ts";

/** The feedback rounds: what trainers and peers said worked and should change, by agenda item. */
export function PackFeedback({ feedback, agenda }: { feedback: Report["feedback"]; agenda: AgendaData | null }) {
  const { t } = useI18n();
  const nameOf = useItemName();
  if (!agenda) return null;
  const numbers = [...new Set(feedback.map((f) => f.itemNumber))];
  return (
    <section className="ws-pack-section" aria-labelledby="pack-feedback">
      <h2 id="pack-feedback">{t("workshops.pack.feedback")}</h2>
      {numbers.length === 0 ? <p className="muted">{t("workshops.pack.feedbackNone")}</p> : null}
      {numbers.map((n) => {
        const item = agenda.items[n - 1];
        const name = item ? nameOf(agenda.items, item) : String(n);
        return (
          <div key={n} className="ws-pack-feedback">
            <h3 dir="auto">{`${n}. ${name}`}</h3>
            <ul aria-label={t("workshops.feedback.listLabel", { name })}>
              {feedback
                .filter((f) => f.itemNumber === n)
                .map((f) => (
                  <li key={`${f.author}|${f.worked}|${f.change}`}>
                    <strong dir="auto">{f.author}</strong>
                    {f.worked ? <p dir="auto">{t("workshops.feedback.workedSaid", { text: f.worked })}</p> : null}
                    {f.change ? <p dir="auto">{t("workshops.feedback.changeSaid", { text: f.change })}</p> : null}
                  </li>
                ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
