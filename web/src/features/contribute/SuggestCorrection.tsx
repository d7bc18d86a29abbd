import { caseStatuses, currencyStatuses, scales } from "@atlas/api/contract";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import {
  type CorrectableKind,
  correctableFields,
  correctionSourceId,
  fieldKindOf,
  toCorrectionValue,
} from "./correction.ts";
import { emptyProposer, ProposerFields } from "./ProposerFields.tsx";
import { type CorrectionProposal, proposeCorrection } from "./queries.ts";
import { SentPanel } from "./SentPanel.tsx";
import { SourceFields } from "./SourcesEditor.tsx";
import { emptySource, optional, toNumber } from "./sources-draft.ts";
import "./contribute.css";
import { FormAlert } from "../../components/FormAlert.tsx";

const statuses = { case: caseStatuses, currency: currencyStatuses };

/** The record a correction is for, with its values as the page shows them. */
interface CorrectionTarget {
  kind: CorrectableKind;
  id: string;
  current: Record<string, unknown>;
}

/**
 * "Suggest a correction" on a record page: one field, its new value, the source that shows it and a
 * note; curators review it like any proposal.
 */
export function SuggestCorrection({ kind, id, current }: CorrectionTarget) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <section className="suggest-correction" aria-labelledby={`${panel}-heading`}>
      <h2 id={`${panel}-heading`}>
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen(!open)}
        >
          {t("contribute.correction.open")}
        </button>
      </h2>
      {open ? (
        <div id={panel}>
          <CorrectionForm kind={kind} id={id} current={current} />
        </div>
      ) : null}
    </section>
  );
}

function CorrectionForm({ kind, id, current }: CorrectionTarget) {
  const { t } = useI18n();
  const fields = Object.keys(correctableFields[kind]);
  const [field, setField] = useState(fields[0] ?? "");
  const [value, setValue] = useState(() => String(current[fields[0] ?? ""] ?? ""));
  const [source, setSource] = useState(emptySource);
  const [proposer, setProposer] = useState(emptyProposer);
  const [sent, setSent] = useState<{ id: string; secret: string } | null>(null);
  const fieldKind = fieldKindOf(kind, field);
  const send = useMutation({
    mutationFn: () =>
      proposeCorrection({
        kind,
        target: id,
        correction: {
          field,
          value: toCorrectionValue(fieldKind, value),
          source: {
            id: correctionSourceId(source.url),
            url: source.url.trim(),
            title: source.title.trim(),
            publisher: optional(source.publisher),
            year: toNumber(source.year),
          },
          note: optional(proposer.note),
        },
        proposer: proposer.proposerName.trim() ? { name: proposer.proposerName.trim() } : {},
        website: proposer.website || undefined,
      } as CorrectionProposal),
    onSuccess: setSent,
  });
  if (sent)
    return <SentPanel {...sent} title={t("contribute.correction.sentTitle", { field: fieldLabel(t, field) })} />;
  const errors = errorsByPath(send.error);
  const err = (path: string) => errors[path];
  const pick = (next: string) => {
    setField(next);
    setValue(String(current[next] ?? ""));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  const choices =
    fieldKind === "status"
      ? statuses[kind === "currency" ? "currency" : "case"]
      : fieldKind === "scale"
        ? scales
        : null;
  return (
    <form onSubmit={submit} className="contribute-form correction-form" noValidate>
      <p className="field-hint">{t("contribute.correction.intro")}</p>
      <Field label={t("contribute.correction.field")} error={err("field")}>
        {(p) => (
          <select {...p} value={field} onChange={(e) => pick(e.target.value)}>
            {fields.map((f) => (
              <option key={f} value={f}>
                {fieldLabel(t, f)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="muted">
        {t("contribute.correction.current")}{" "}
        {current[field] === null || current[field] === undefined || current[field] === ""
          ? "—"
          : String(current[field])}
      </p>
      <Field
        label={t("contribute.correction.value")}
        hint={t("contribute.correction.valueHint")}
        error={err("value") ?? err(field)}
      >
        {(p) =>
          choices ? (
            <select {...p} value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">{t("contribute.unknown")}</option>
              {choices.map((c) => (
                <option key={c} value={c}>
                  {t((fieldKind === "status" ? `status.${c}` : `scale.${c}`) as MessageKey)}
                </option>
              ))}
            </select>
          ) : fieldKind === "longText" ? (
            <textarea {...p} rows={4} value={value} onChange={(e) => setValue(e.target.value)} />
          ) : (
            <input
              {...p}
              inputMode={fieldKind === "year" ? "numeric" : undefined}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )
        }
      </Field>
      <fieldset className="contribute-item">
        <legend>{t("contribute.correction.source")}</legend>
        <SourceFields
          source={source}
          set={(patch) => setSource({ ...source, ...patch })}
          err={(f) => err(`source.${f}`)}
        />
      </fieldset>
      <ProposerFields value={proposer} onChange={setProposer} errors={errors} />
      <FormAlert message={formError(send.error, errors)} />
      <button type="submit" className="primary" disabled={send.isPending}>
        {t("contribute.correction.submit")}
      </button>
    </form>
  );
}

const fieldLabel = (t: ReturnType<typeof useI18n>["t"], field: string) => t(`contribute.field.${field}` as MessageKey);
