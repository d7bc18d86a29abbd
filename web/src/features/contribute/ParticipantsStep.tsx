import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { stakeholderSearchOptions } from "../stakeholders/queries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { newParticipant, type ParticipantDraft } from "./case-draft.ts";
import { TermSelect } from "./TermPicker.tsx";

/**
 * Who took part. Typing a name first lists the stakeholders the atlas already has, so the same
 * organisation is reused instead of added twice; only then can a new one be described.
 */
export function ParticipantsStep({
  participants,
  onChange,
  errors,
}: {
  participants: ParticipantDraft[];
  onChange: (participants: ParticipantDraft[]) => void;
  errors: Record<string, string>;
}) {
  const update = (key: string, patch: Partial<ParticipantDraft>) =>
    onChange(participants.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <div className="contribute-list">
      {participants.map((p, i) => (
        <ParticipantFields
          key={p.key}
          n={i + 1}
          participant={p}
          errors={errors}
          onChange={(patch) => update(p.key, patch)}
          onRemove={() => onChange(participants.filter((x) => x.key !== p.key))}
        />
      ))}
      <StakeholderFinder
        taken={participants.flatMap((p) => p.existingId ?? [])}
        onPick={(picked) => onChange([...participants, picked])}
      />
    </div>
  );
}

function StakeholderFinder({ taken, onPick }: { taken: string[]; onPick: (p: ParticipantDraft) => void }) {
  const { t, locale } = useI18n();
  const { label } = useTerms();
  const id = useId();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q.trim());
  const found = useQuery(stakeholderSearchOptions(deferred));
  const items = (found.data?.items ?? []).filter((s) => !taken.includes(s.id));
  const pick = (p: ParticipantDraft) => {
    onPick(p);
    setQ("");
  };
  return (
    <div className="stakeholder-finder">
      <label htmlFor={id}>{t("contribute.participants.search")}</label>
      <input id={id} value={q} onChange={(e) => setQ(e.target.value)} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="field-hint">
        {t("contribute.participants.searchHint")}
      </p>
      {deferred.length >= 2 ? (
        <div aria-live="polite">
          {items.length > 0 ? (
            <>
              <p>{t("contribute.participants.existing")}</p>
              <ul className="finder-results">
                {items.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      onClick={() => pick(newParticipant({ id: s.id, name: s.name, type: s.type }))}
                    >
                      {t("contribute.participants.use", { name: s.name })}
                    </button>
                    <span className="muted">
                      {[label("stakeholderType", s.type), s.city, s.country ? countryName(s.country, locale) : null]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : found.isSuccess ? (
            <p>{t("contribute.participants.noneFound")}</p>
          ) : null}
          <button type="button" onClick={() => pick({ ...newParticipant(), name: q.trim() })}>
            {t("contribute.participants.addNew", { name: q.trim() })}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function ParticipantFields({
  n,
  participant: p,
  errors,
  onChange,
  onRemove,
}: {
  n: number;
  participant: ParticipantDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<ParticipantDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const { vocabularies } = useTerms();
  const err = (f: string) => errors[`participants.${p.key}.${f}`];
  const placeholder = t("contribute.choose");
  return (
    <fieldset className="contribute-item">
      <legend>
        {p.existingId
          ? t("contribute.participants.itemExisting", { n, name: p.name })
          : t("contribute.participants.itemNew", { n })}
      </legend>
      {p.existingId ? null : (
        <>
          <Field label={t("contribute.participants.name")} error={err("name")}>
            {(c) => <input {...c} required value={p.name} onChange={(e) => onChange({ name: e.target.value })} />}
          </Field>
          <Field label={t("contribute.participants.type")} error={err("type")}>
            {(c) => (
              <TermSelect
                {...c}
                terms={vocabularies?.schemes.stakeholderType ?? []}
                value={p.type}
                placeholder={placeholder}
                onChange={(type) => onChange({ type })}
              />
            )}
          </Field>
          <div className="field-row">
            <Field label={t("contribute.place.city")} error={err("city")}>
              {(c) => <input {...c} value={p.city} onChange={(e) => onChange({ city: e.target.value })} />}
            </Field>
            <Field label={t("contribute.participants.website")} error={err("website")}>
              {(c) => (
                <input {...c} type="url" value={p.website} onChange={(e) => onChange({ website: e.target.value })} />
              )}
            </Field>
          </div>
        </>
      )}
      <Field label={t("contribute.participants.role")} error={err("role") ?? err("stakeholder")}>
        {(c) => (
          <TermSelect
            {...c}
            terms={vocabularies?.schemes.role ?? []}
            value={p.role}
            placeholder={placeholder}
            onChange={(role) => onChange({ role })}
          />
        )}
      </Field>
      <Field label={t("contribute.participants.note")} error={err("note")}>
        {(c) => <input {...c} value={p.note} onChange={(e) => onChange({ note: e.target.value })} />}
      </Field>
      <button type="button" className="link-button" onClick={onRemove}>
        {t("contribute.participants.remove", { name: p.name || String(n) })}
      </button>
    </fieldset>
  );
}
