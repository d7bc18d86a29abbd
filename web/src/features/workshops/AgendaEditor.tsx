import { agendaKinds } from "@atlas/api/contract";
import { type UseMutationResult, useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useMemo, useState } from "react";
import { ApiError } from "../../api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useItemName } from "./Agenda.tsx";
import { type AgendaDraft, draftErrors, moveDraftItem, toAgendaInput, toDraft } from "./agenda-draft.ts";
import { readerTimeZone } from "./agenda-time.ts";
import { useWorkshop } from "./context.tsx";
import { FormError } from "./FormError.tsx";
import type { AgendaData, AgendaInput, AgendaTemplate } from "./queries.ts";

const templates: AgendaTemplate[] = ["general", "training-of-trainers"];

/** The facilitator builds the session's agenda: from a template of the programme, then item by item. */
export function AgendaEditor() {
  const { t } = useI18n();
  const { workshop, commands } = useWorkshop();
  const agenda = workshop.agenda;
  // Outside the form, which starts afresh with each new version: a conflict's message outlives it.
  const save = useMutation({ mutationFn: (input: AgendaInput) => commands.saveAgenda(input) });
  return (
    <section className="ws-card ws-agenda-editor" aria-labelledby="agenda-editor-heading">
      <h3 id="agenda-editor-heading">{t("workshops.agenda.edit")}</h3>
      <TemplatePicker agenda={agenda} />
      {agenda ? <DraftForm key={agenda.version} agenda={agenda} save={save} /> : null}
    </section>
  );
}

function TemplatePicker({ agenda }: { agenda: AgendaData | null }) {
  const { t } = useI18n();
  const { commands } = useWorkshop();
  const apply = useMutation({
    mutationFn: (template: AgendaTemplate) => commands.applyAgendaTemplate(template, agenda?.version ?? 1),
  });
  const started = agenda?.items.some((item) => item.startedAt !== null) ?? false;
  if (started) return null;
  return (
    <div className="ws-agenda-templates">
      <p className="muted">{t(agenda ? "workshops.agenda.replaceHelp" : "workshops.agenda.templateHelp")}</p>
      {templates.map((template) => (
        <button
          key={template}
          type="button"
          className="ws-secondary"
          disabled={apply.isPending}
          onClick={() => apply.mutate(template)}
        >
          {t(`workshops.agenda.template.${template}` as MessageKey)}
        </button>
      ))}
      <FormError error={apply.error} />
    </div>
  );
}

/** Every zone the browser knows, with the agenda's and the reader's first. */
function useZones(current: string) {
  return useMemo(() => {
    const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    return [...new Set([current, readerTimeZone(), "Europe/Paris", ...all])];
  }, [current]);
}

function DraftForm({ agenda, save }: { agenda: AgendaData; save: UseMutationResult<unknown, Error, AgendaInput> }) {
  const { t } = useI18n();
  const { workshop } = useWorkshop();
  const nameOf = useItemName();
  const [draft, setDraft] = useState<AgendaDraft>(() => toDraft(agenda));
  const zones = useZones(draft.timeZone);
  const errors = draftErrors(save.error);
  const conflict = save.error instanceof ApiError && save.error.code === "version_conflict";
  const formId = useId();
  // The kinds' own names, numbered as they would be, as each title field's placeholder.
  const unnamed = draft.items.map((item) => ({ id: item.key, kind: item.kind, title: "" }));
  const participants = workshop.members.filter((m) => m.role === "participant");
  const change = (index: number, patch: Partial<AgendaDraft["items"][number]>) =>
    setDraft((d) => ({ ...d, items: d.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(toAgendaInput(draft, agenda.version));
  };
  return (
    <form onSubmit={submit} aria-describedby={`${formId}-help`}>
      <p id={`${formId}-help`} className="muted">
        {t("workshops.agenda.editHelp")}
      </p>
      <div className="ws-row">
        <label className="ws-field">
          {t("workshops.agenda.startsAt")}
          <input
            type="datetime-local"
            value={draft.startsAt}
            onChange={(e) => setDraft((d) => ({ ...d, startsAt: e.target.value }))}
            aria-invalid={errors.startsAt ? true : undefined}
          />
          {errors.startsAt ? <span className="ws-error">{errors.startsAt}</span> : null}
        </label>
        <label className="ws-field">
          {t("workshops.agenda.timeZone")}
          <select value={draft.timeZone} onChange={(e) => setDraft((d) => ({ ...d, timeZone: e.target.value }))}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="ws-agenda-draft">
        {draft.items.map((item, index) => (
          <li key={item.key}>
            <fieldset>
              <legend>{t("workshops.agenda.itemNumber", { n: index + 1 })}</legend>
              <div className="ws-row">
                <label className="ws-field">
                  {t("workshops.agenda.kindLabel")}
                  <select
                    value={item.kind}
                    onChange={(e) => change(index, { kind: e.target.value as typeof item.kind })}
                  >
                    {agendaKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`workshops.agenda.kind.${kind}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="ws-field">
                  {t("workshops.agenda.itemTitle")}
                  <input
                    value={item.title}
                    maxLength={120}
                    placeholder={nameOf(unnamed, unnamed[index] ?? { id: item.key, kind: item.kind, title: "" })}
                    onChange={(e) => change(index, { title: e.target.value })}
                    aria-invalid={errors[`items.${index}.title`] ? true : undefined}
                  />
                  {errors[`items.${index}.title`] ? (
                    <span className="ws-error">{errors[`items.${index}.title`]}</span>
                  ) : null}
                </label>
                <label className="ws-field ws-field-narrow">
                  {t("workshops.agenda.minutes")}
                  <input
                    type="number"
                    min={1}
                    max={480}
                    value={item.minutes}
                    onChange={(e) => change(index, { minutes: e.target.value })}
                    aria-invalid={errors[`items.${index}.minutes`] ? true : undefined}
                  />
                  {errors[`items.${index}.minutes`] ? (
                    <span className="ws-error">{errors[`items.${index}.minutes`]}</span>
                  ) : null}
                </label>
                <label className="ws-field">
                  {t("workshops.agenda.activityLabel")}
                  <select
                    value={item.activity}
                    onChange={(e) => change(index, { activity: e.target.value as typeof item.activity })}
                  >
                    <option value="">{t("workshops.agenda.activity.none")}</option>
                    <option value="voting">{t("workshops.agenda.activity.voting")}</option>
                    <option value="closing">{t("workshops.agenda.activity.closing")}</option>
                  </select>
                </label>
              </div>
              {item.kind === "webinar" && participants.length > 0 ? (
                <fieldset className="ws-designers">
                  <legend>{t("workshops.agenda.designers")}</legend>
                  {participants.map((m) => (
                    <label key={m.id} className="ws-check">
                      <input
                        type="checkbox"
                        checked={item.designers.includes(m.id)}
                        onChange={(e) =>
                          change(index, {
                            designers: e.target.checked
                              ? [...item.designers, m.id]
                              : item.designers.filter((d) => d !== m.id),
                          })
                        }
                      />
                      <span dir="auto">{m.name}</span>
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <div className="ws-actions">
                <button
                  type="button"
                  className="ws-secondary"
                  disabled={index === 0}
                  onClick={() => setDraft((d) => moveDraftItem(d, index, -1))}
                >
                  {t("workshops.agenda.moveUp", { n: index + 1 })}
                </button>
                <button
                  type="button"
                  className="ws-secondary"
                  disabled={index === draft.items.length - 1}
                  onClick={() => setDraft((d) => moveDraftItem(d, index, 1))}
                >
                  {t("workshops.agenda.moveDown", { n: index + 1 })}
                </button>
                <button
                  type="button"
                  className="ws-secondary"
                  onClick={() => setDraft((d) => ({ ...d, items: d.items.filter((_, i) => i !== index) }))}
                >
                  {t("workshops.agenda.remove", { n: index + 1 })}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="ws-actions">
        <button
          type="button"
          className="ws-secondary"
          onClick={() =>
            setDraft((d) => ({
              ...d,
              items: [
                ...d.items,
                {
                  key: `new-${d.items.length}-${Date.now()}`,
                  kind: "custom",
                  title: "",
                  minutes: "15",
                  activity: "",
                  designers: [],
                },
              ],
            }))
          }
        >
          {t("workshops.agenda.add")}
        </button>
        <button type="submit" disabled={save.isPending}>
          {t("workshops.agenda.save")}
        </button>
      </div>
      {errors.items ? <p className="ws-error">{errors.items}</p> : null}
      <FormError error={save.error} message={conflict ? t("workshops.agenda.conflict") : undefined} />
    </form>
  );
}
