import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";

export interface ProposerDraft {
  proposerName: string;
  note: string;
  /** The honeypot: hidden from people, filled by bots. */
  website: string;
}

export const emptyProposer = (): ProposerDraft => ({ proposerName: "", note: "", website: "" });

/** The proposal's envelope, as the API takes it: name as given (or none), a note, the honeypot. */
export const toEnvelope = (p: ProposerDraft) => ({
  proposer: p.proposerName.trim() ? { name: p.proposerName.trim() } : {},
  note: p.note.trim() || undefined,
  website: p.website || undefined,
});

/** Who proposes (optional, shown as given once accepted) and a note for the curators. */
export function ProposerFields({
  value,
  onChange,
  errors,
  withNote = true,
}: {
  value: ProposerDraft;
  onChange: (value: ProposerDraft) => void;
  errors: Record<string, string>;
  withNote?: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        label={t("contribute.proposer.name")}
        hint={t("contribute.proposer.nameHint")}
        error={errors["proposer.name"] ?? errors.proposer}
      >
        {(p) => (
          <input
            {...p}
            autoComplete="name"
            value={value.proposerName}
            onChange={(e) => onChange({ ...value, proposerName: e.target.value })}
          />
        )}
      </Field>
      {withNote ? (
        <Field label={t("contribute.proposer.note")} error={errors.note}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={value.note}
              onChange={(e) => onChange({ ...value, note: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      <div className="honeypot" aria-hidden="true">
        <label>
          Website
          <input
            tabIndex={-1}
            autoComplete="off"
            value={value.website}
            onChange={(e) => onChange({ ...value, website: e.target.value })}
          />
        </label>
      </div>
    </>
  );
}
