import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { useTerms } from "../vocabularies/queries.ts";
import { newRelationship, type ParticipantDraft, type RelationshipDraft } from "./case-draft.ts";
import type { SourceDraft } from "./sources-draft.ts";
import { TermSelect } from "./TermPicker.tsx";

/** How the participants are tied: who to whom, the kind of tie, what it rests on, and its sources. */
export function RelationshipsStep({
  relationships,
  participants,
  sources,
  onChange,
  errors,
}: {
  relationships: RelationshipDraft[];
  participants: ParticipantDraft[];
  sources: SourceDraft[];
  onChange: (relationships: RelationshipDraft[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const update = (key: string, patch: Partial<RelationshipDraft>) =>
    onChange(relationships.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  if (participants.length < 2) return <p className="note">{t("contribute.relationships.needTwo")}</p>;
  return (
    <div className="contribute-list">
      {sources.length === 0 ? <p className="note">{t("contribute.relationships.needSource")}</p> : null}
      {relationships.map((r, i) => (
        <RelationshipFields
          key={r.key}
          n={i + 1}
          relationship={r}
          participants={participants}
          sources={sources}
          errors={errors}
          onChange={(patch) => update(r.key, patch)}
          onRemove={() => onChange(relationships.filter((x) => x.key !== r.key))}
        />
      ))}
      <button type="button" onClick={() => onChange([...relationships, newRelationship(sources)])}>
        {t("contribute.relationships.add")}
      </button>
    </div>
  );
}

function RelationshipFields(props: {
  n: number;
  relationship: RelationshipDraft;
  participants: ParticipantDraft[];
  sources: SourceDraft[];
  errors: Record<string, string>;
  onChange: (patch: Partial<RelationshipDraft>) => void;
  onRemove: () => void;
}) {
  const { n, relationship: r, participants, sources, errors, onChange, onRemove } = props;
  const { t } = useI18n();
  const { vocabularies } = useTerms();
  const err = (f: string) => errors[`relationships.${r.key}.${f}`];
  const party = (field: "from" | "to") => (
    <Field label={t(`contribute.relationships.${field}`)} error={err(field)}>
      {(c) => (
        <select {...c} value={r[field]} onChange={(e) => onChange({ [field]: e.target.value })}>
          <option value="">{t("contribute.choose")}</option>
          {participants.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const toggleSource = (key: string, on: boolean) =>
    onChange({ sources: on ? [...r.sources, key] : r.sources.filter((k) => k !== key) });
  return (
    <fieldset className="contribute-item">
      <legend>{t("contribute.relationships.item", { n })}</legend>
      <div className="field-row">
        {party("from")}
        {party("to")}
      </div>
      <Field label={t("contribute.relationships.type")} error={err("type")}>
        {(c) => (
          <TermSelect
            {...c}
            terms={vocabularies?.schemes.relationshipType ?? []}
            value={r.type}
            placeholder={t("contribute.choose")}
            onChange={(type) => onChange({ type })}
          />
        )}
      </Field>
      <Field
        label={t("contribute.relationships.basis")}
        hint={t("contribute.relationships.basisHint")}
        error={err("basis")}
      >
        {(c) => <textarea {...c} rows={2} value={r.basis} onChange={(e) => onChange({ basis: e.target.value })} />}
      </Field>
      <Field label={t("contribute.relationships.startYear")} error={err("startYear")}>
        {(c) => (
          <input
            {...c}
            inputMode="numeric"
            value={r.startYear}
            onChange={(e) => onChange({ startYear: e.target.value })}
          />
        )}
      </Field>
      <fieldset className="term-picker">
        <legend>{t("contribute.relationships.sources")}</legend>
        <ul>
          {sources.map((s, i) => (
            <li key={s.key}>
              <label>
                <input
                  type="checkbox"
                  checked={r.sources.includes(s.key)}
                  onChange={(e) => toggleSource(s.key, e.target.checked)}
                />
                {s.title || s.url || t("contribute.sources.item", { n: i + 1 })}
              </label>
            </li>
          ))}
        </ul>
        <FormAlert message={err("sources")} />
      </fieldset>
      <button type="button" className="link-button" onClick={onRemove}>
        {t("contribute.relationships.remove", { n })}
      </button>
    </fieldset>
  );
}
