import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { fieldErrors } from "../../lib/form-errors.ts";
import { CopyButton } from "./CopyButton.tsx";
import { Field } from "./Field.tsx";
import { FormError } from "./FormError.tsx";
import { storeJoinCode } from "./join-code.ts";
import { LanguageDotsFields } from "./LanguageDotsFields.tsx";
import { type AgendaTemplate, createWorkshop } from "./queries.ts";
import { storeSecret, toMemberLink } from "./secrets.ts";

/** What a link may prefill the form with (a journey step's title, challenge and language). */
export interface CreatePrefill {
  title?: string;
  challenge?: string;
  language?: string;
}

/** A workshop with no account: the facilitator leaves with a secret link and a code to share. */
export function CreateForm({ prefill = {} }: { prefill?: CreatePrefill }) {
  const { t, locale } = useI18n();
  const [title, setTitle] = useState(prefill.title?.slice(0, 120) ?? "");
  const [territory, setTerritory] = useState("");
  const [challenge, setChallenge] = useState(prefill.challenge?.slice(0, 1000) ?? "");
  const [language, setLanguage] = useState<Locale>(isLocale(prefill.language) ? prefill.language : locale);
  const [dots, setDots] = useState("5");
  const [name, setName] = useState("");
  const [template, setTemplate] = useState<AgendaTemplate | "">("");
  const create = useMutation({
    mutationFn: () =>
      createWorkshop({
        title,
        territory,
        challenge,
        language,
        dotsPerMember: Number(dots),
        facilitatorName: name,
        listTitle: t("workshops.list.defaultTitle"),
        ...(template ? { agendaTemplate: template } : {}),
      }),
    onSuccess: (created) => {
      storeSecret(created.workshopId, created.secret);
      storeJoinCode(created.workshopId, created.joinCode);
    },
  });
  const errors = fieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  if (create.data) {
    const link = toMemberLink(window.location.origin, create.data.workshopId, create.data.secret);
    return (
      <section className="ws-form ws-created" aria-labelledby="created-heading">
        <h2 id="created-heading">{t("workshops.created.title")}</h2>
        <p>{t("workshops.created.code")}</p>
        <p className="ws-code">{create.data.joinCode}</p>
        <CopyButton text={create.data.joinCode} label={t("workshops.copy.code")} />
        <p className="note">{t("workshops.created.keepLink")}</p>
        <p className="ws-link">
          <code>{link}</code>
        </p>
        <CopyButton text={link} label={t("workshops.copy.link")} />
        <p>
          <Link className="ws-button-link" to={`/w/${create.data.workshopId}`}>
            {t("workshops.created.open")}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <form className="ws-form" onSubmit={submit} aria-labelledby="create-heading">
      <h2 id="create-heading">{t("workshops.create.title")}</h2>
      <p className="muted">{t("workshops.create.intro")}</p>
      {prefill.title || prefill.challenge ? <p className="note">{t("workshops.create.fromJourney")}</p> : null}
      <Field label={t("workshops.settings.title")} error={errors.title}>
        {(props) => (
          <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
        )}
      </Field>
      <Field label={t("workshops.settings.territory")} error={errors.territory}>
        {(props) => (
          <input {...props} value={territory} onChange={(e) => setTerritory(e.target.value)} maxLength={120} />
        )}
      </Field>
      <Field label={t("workshops.settings.challenge")} error={errors.challenge}>
        {(props) => (
          <textarea
            {...props}
            value={challenge}
            onChange={(e) => setChallenge(e.target.value)}
            rows={3}
            maxLength={1000}
          />
        )}
      </Field>
      <LanguageDotsFields language={language} onLanguage={setLanguage} dots={dots} onDots={setDots} errors={errors} />
      <Field label={t("workshops.create.agenda")} hint={t("workshops.create.agendaHelp")}>
        {(props) => (
          <select {...props} value={template} onChange={(e) => setTemplate(e.target.value as AgendaTemplate | "")}>
            <option value="">{t("workshops.create.noAgenda")}</option>
            <option value="general">{t("workshops.agenda.template.general")}</option>
            <option value="training-of-trainers">{t("workshops.agenda.template.training-of-trainers")}</option>
          </select>
        )}
      </Field>
      <Field label={t("workshops.create.yourName")} error={errors.facilitatorName}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} />}
      </Field>
      <FormError error={create.error} />
      <button type="submit" disabled={create.isPending}>
        {t("workshops.create.submit")}
      </button>
    </form>
  );
}
