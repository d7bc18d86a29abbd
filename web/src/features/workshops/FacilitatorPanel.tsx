import { workshopPhases as phases } from "@atlas/api/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Locale } from "../../i18n/locales.ts";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { AgendaEditor } from "./AgendaEditor.tsx";
import { CopyButton } from "./CopyButton.tsx";
import { useWorkshop } from "./context.tsx";
import { Field } from "./Field.tsx";
import { FormError } from "./FormError.tsx";
import { storeJoinCode } from "./join-code.ts";
import { LanguageDotsFields } from "./LanguageDotsFields.tsx";
import { applyEvent, type WorkshopData } from "./queries.ts";

type Settings = Omit<WorkshopData, "me" | "members" | "lists" | "myDotsUsed" | "eventId">;

/** A settings change; on a conflict, the current settings the server sent replace the stale ones. */
type SettingsSaved = Promise<Settings>;

function useSettingsChange<A extends unknown[]>(change: (...args: A) => SettingsSaved) {
  const { id } = useWorkshop();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => change(...args),
    onError: (error) => {
      const current = error instanceof ApiError ? error.details[0]?.current : undefined;
      if (current) applyEvent(queryClient, id, { type: "workshop", workshop: current as Settings });
    },
  });
}

/** Settings, votes, phases, timer, the join code, members, closing and reopening: only the facilitator sees this. */
export function FacilitatorPanel() {
  const { t } = useI18n();
  const { isOpen } = useWorkshop();
  return (
    <details className="ws-panel">
      <summary>
        <h2 className="ws-panel-title">{t("workshops.facilitator.title")}</h2>
      </summary>
      {isOpen ? (
        <div className="ws-panel-grid">
          <AgendaEditor />
          <VotesAndPhases />
          <TimerControl />
          <JoinCodeControl />
          <SettingsForm />
          <MembersControl />
          <CloseControl />
        </div>
      ) : (
        <ReopenControl />
      )}
    </details>
  );
}

function VotesAndPhases() {
  const { t } = useI18n();
  const { label } = useTerms();
  const { workshop, commands } = useWorkshop();
  const hide = useSettingsChange((votesHidden: boolean) =>
    commands.updateSettings({ version: workshop.version, votesHidden }),
  );
  const lock = useSettingsChange((phase: (typeof phases)[number], locked: boolean) =>
    locked ? commands.unlock(phase) : commands.lock(phase),
  );
  return (
    <section className="ws-card" aria-labelledby="phases-heading">
      <h3 id="phases-heading">{t("workshops.facilitator.votesAndPhases")}</h3>
      <label className="ws-check">
        <input
          type="checkbox"
          checked={workshop.votesHidden}
          disabled={hide.isPending}
          onChange={(e) => hide.mutate([e.target.checked])}
        />
        {t("workshops.facilitator.hideVotes")}
      </label>
      <p className="ws-hint">{t("workshops.facilitator.hideVotesHint")}</p>
      <ul className="ws-phase-locks">
        {phases.map((phase) => {
          const locked = workshop.lockedPhases.includes(phase);
          return (
            <li key={phase}>
              <span>{label("phase", phase)}</span>
              <span className={locked ? "ws-badge ws-badge-locked" : "ws-badge"}>
                {locked ? t("workshops.phase.locked") : t("workshops.phase.open")}
              </span>
              <button
                type="button"
                className="ws-secondary"
                disabled={lock.isPending}
                onClick={() => lock.mutate([phase, locked])}
                aria-label={
                  locked
                    ? t("workshops.facilitator.reopenPhase", { phase: label("phase", phase) })
                    : t("workshops.facilitator.lockPhase", { phase: label("phase", phase) })
                }
              >
                {locked ? t("workshops.facilitator.reopen") : t("workshops.facilitator.lock")}
              </button>
            </li>
          );
        })}
      </ul>
      <FormError error={hide.error ?? lock.error} />
    </section>
  );
}

function TimerControl() {
  const { t } = useI18n();
  const { workshop, commands } = useWorkshop();
  const [minutes, setMinutes] = useState("10");
  const [label, setLabel] = useState("");
  const start = useSettingsChange(() => commands.setTimer(Math.round(Number(minutes) * 60), label));
  const stop = useSettingsChange(() => commands.clearTimer());
  const errors = fieldErrors(start.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate([]);
  };
  return (
    <form className="ws-card" onSubmit={submit} aria-labelledby="timer-heading">
      <h3 id="timer-heading">{t("workshops.timer.title")}</h3>
      <div className="ws-row">
        <Field label={t("workshops.timer.minutes")} error={errors.seconds}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={240}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("workshops.timer.label")} error={errors.label}>
          {(props) => <input {...props} value={label} maxLength={80} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
      </div>
      <div className="ws-actions">
        <button type="submit" disabled={start.isPending}>
          {t("workshops.timer.start")}
        </button>
        {workshop.timer ? (
          <button type="button" className="ws-secondary" onClick={() => stop.mutate([])}>
            {t("workshops.timer.stop")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function JoinCodeControl() {
  const { t } = useI18n();
  const { id, commands } = useWorkshop();
  const rotate = useMutation({
    mutationFn: () => commands.rotateCode(),
    onSuccess: ({ joinCode }) => storeJoinCode(id, joinCode),
  });
  return (
    <section className="ws-card" aria-labelledby="code-heading">
      <h3 id="code-heading">{t("workshops.facilitator.joinCode")}</h3>
      <p className="ws-hint">{t("workshops.facilitator.newCodeHint")}</p>
      {rotate.data ? (
        <p>
          <strong className="ws-code-inline">{rotate.data.joinCode}</strong>{" "}
          <CopyButton text={rotate.data.joinCode} label={t("workshops.copy.code")} />
        </p>
      ) : null}
      <button type="button" className="ws-secondary" disabled={rotate.isPending} onClick={() => rotate.mutate()}>
        {t("workshops.facilitator.newCode")}
      </button>
    </section>
  );
}

function SettingsForm() {
  const { t } = useI18n();
  const { workshop, commands } = useWorkshop();
  const [form, setForm] = useState(() => ({
    title: workshop.title,
    territory: workshop.territory,
    challenge: workshop.challenge,
    language: workshop.language as Locale,
    dots: String(workshop.dotsPerMember),
  }));
  const save = useSettingsChange(() =>
    commands.updateSettings({
      version: workshop.version,
      title: form.title,
      territory: form.territory,
      challenge: form.challenge,
      language: form.language,
      dotsPerMember: Number(form.dots),
    }),
  );
  const errors = fieldErrors(save.error);
  const conflict = save.error instanceof ApiError && save.error.code === "version_conflict";
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate([]);
  };
  return (
    <form className="ws-card ws-settings" onSubmit={submit} aria-labelledby="settings-heading">
      <h3 id="settings-heading">{t("workshops.facilitator.settings")}</h3>
      <Field label={t("workshops.settings.title")} error={errors.title}>
        {(props) => (
          <input
            {...props}
            value={form.title}
            maxLength={120}
            onChange={(e) => set("title")(e.target.value)}
            required
          />
        )}
      </Field>
      <Field label={t("workshops.settings.territory")} error={errors.territory}>
        {(props) => (
          <input {...props} value={form.territory} maxLength={120} onChange={(e) => set("territory")(e.target.value)} />
        )}
      </Field>
      <Field label={t("workshops.settings.challenge")} error={errors.challenge}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={form.challenge}
            maxLength={1000}
            onChange={(e) => set("challenge")(e.target.value)}
          />
        )}
      </Field>
      <LanguageDotsFields
        language={form.language}
        onLanguage={set("language")}
        dots={form.dots}
        onDots={set("dots")}
        errors={errors}
      />
      <FormError message={conflict ? t("workshops.conflict.settings") : undefined} error={save.error} />
      <button type="submit" disabled={save.isPending}>
        {t("workshops.facilitator.saveSettings")}
      </button>
      {save.isSuccess ? (
        <span className="ws-hint" role="status">
          {" "}
          {t("workshops.saved")}
        </span>
      ) : null}
    </form>
  );
}

function CloseControl() {
  const { t } = useI18n();
  const { commands } = useWorkshop();
  const close = useSettingsChange(() => commands.close());
  return (
    <section className="ws-card" aria-labelledby="close-heading">
      <h3 id="close-heading">{t("workshops.facilitator.close")}</h3>
      <p className="ws-hint">{t("workshops.facilitator.closeHint")}</p>
      <button
        type="button"
        className="ws-danger"
        disabled={close.isPending}
        onClick={() => {
          if (window.confirm(t("workshops.facilitator.closeConfirm"))) close.mutate([]);
        }}
      >
        {t("workshops.facilitator.close")}
      </button>
    </section>
  );
}

function ReopenControl() {
  const { t } = useI18n();
  const { commands } = useWorkshop();
  const reopen = useSettingsChange(() => commands.reopen());
  return (
    <div className="ws-reopen">
      <p className="muted">{t("workshops.facilitator.closed")}</p>
      <button type="button" disabled={reopen.isPending} onClick={() => reopen.mutate([])}>
        {t("workshops.facilitator.reopenWorkshop")}
      </button>
      <FormError error={reopen.error} />
    </div>
  );
}

/** Everyone in the workshop; a participant can be removed, after a confirmation. */
function MembersControl() {
  const { t, tp } = useI18n();
  const { workshop, commands } = useWorkshop();
  const remove = useMutation({
    mutationFn: (memberId: string) => commands.removeMember(memberId),
  });
  return (
    <section className="ws-card" aria-labelledby="members-heading">
      <h3 id="members-heading">{t("workshops.facilitator.members")}</h3>
      <p className="ws-hint">{tp("workshops.header.members", workshop.members.length)}</p>
      <ul className="ws-members">
        {workshop.members.map((member) => (
          <li key={member.id}>
            <span dir="auto">{member.name}</span>
            {member.role === "facilitator" ? (
              <span className="ws-badge">{t("workshops.role.facilitator")}</span>
            ) : (
              <button
                type="button"
                className="ws-secondary"
                disabled={remove.isPending}
                aria-label={t("workshops.facilitator.removeMemberNamed", { name: member.name })}
                onClick={() => {
                  if (window.confirm(t("workshops.facilitator.removeMemberConfirm", { name: member.name })))
                    remove.mutate(member.id);
                }}
              >
                {t("workshops.facilitator.removeMember")}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="ws-hint">{t("workshops.facilitator.removeMemberHint")}</p>
      <FormError error={remove.error} />
    </section>
  );
}
