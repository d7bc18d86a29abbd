import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useWorkshop } from "./context.tsx";
import { FormError } from "./FormError.tsx";
import { type AgendaItemData, feedbackOptions } from "./queries.ts";

/** The kinds of agenda item that are designed, and so get feedback (as the server decides). */
export const reviewedKinds: AgendaItemData["kind"][] = ["webinar", "group-dynamic"];

/** Feedback on one webinar of the agenda: what trainers and peers said, and a form for those who may add theirs. */
export function FeedbackRound({ item, name }: { item: AgendaItemData; name: string }) {
  const { t } = useI18n();
  const { id, secret, workshop, isOpen } = useWorkshop();
  const feedback = useQuery(feedbackOptions(id, secret));
  const mine = feedback.data?.items.filter((f) => f.agendaItemId === item.id) ?? [];
  const designer = item.designers.includes(workshop.me.id);
  const designers = workshop.members.filter((m) => item.designers.includes(m.id)).map((m) => m.name);
  return (
    <div className="ws-feedback">
      {designers.length > 0 ? (
        <p className="muted" dir="auto">
          {t("workshops.feedback.designedBy", { names: designers.join(", ") })}
        </p>
      ) : null}
      {mine.length > 0 ? (
        <ul className="ws-feedback-list" aria-label={t("workshops.feedback.listLabel", { name })}>
          {mine.map((f) => (
            <li key={f.id} dir="auto">
              <strong>{f.author.name}</strong>
              {f.worked ? <p>{t("workshops.feedback.workedSaid", { text: f.worked })}</p> : null}
              {f.change ? <p>{t("workshops.feedback.changeSaid", { text: f.change })}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {isOpen && !designer ? <FeedbackForm item={item} name={name} /> : null}
    </div>
  );
}

function FeedbackForm({ item, name }: { item: AgendaItemData; name: string }) {
  const { t } = useI18n();
  const { commands } = useWorkshop();
  const [worked, setWorked] = useState("");
  const [change, setChange] = useState("");
  const formId = useId();
  const give = useMutation({
    mutationFn: () => commands.addFeedback(item.id, worked, change),
    onSuccess: () => {
      setWorked("");
      setChange("");
    },
  });
  const errors = fieldErrors(give.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    give.mutate();
  };
  return (
    <details className="ws-feedback-give">
      <summary>{t("workshops.feedback.give", { name })}</summary>
      <form onSubmit={submit}>
        <label className="ws-field" htmlFor={`${formId}-worked`}>
          {t("workshops.feedback.worked")}
        </label>
        <textarea
          id={`${formId}-worked`}
          value={worked}
          onChange={(e) => setWorked(e.target.value)}
          rows={2}
          maxLength={2000}
          aria-invalid={errors.worked ? true : undefined}
        />
        {errors.worked ? <p className="ws-error">{errors.worked}</p> : null}
        <label className="ws-field" htmlFor={`${formId}-change`}>
          {t("workshops.feedback.change")}
        </label>
        <textarea
          id={`${formId}-change`}
          value={change}
          onChange={(e) => setChange(e.target.value)}
          rows={2}
          maxLength={2000}
        />
        <div className="ws-actions">
          <button type="submit" disabled={give.isPending}>
            {t("workshops.feedback.send")}
          </button>
        </div>
        <FormError error={give.error} />
      </form>
    </details>
  );
}
