import { caseSchemes, caseStatuses, scales } from "@atlas/api/contract";
import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useTerms } from "../vocabularies/queries.ts";
import type { CaseDraft } from "./case-draft.ts";
import { PlaceFields } from "./PlaceFields.tsx";
import { StatusFields } from "./StatusFields.tsx";
import { TermPicker } from "./TermPicker.tsx";
import { WritingLanguage } from "./WritingLanguage.tsx";

interface StepProps {
  draft: CaseDraft;
  set: (patch: Partial<CaseDraft>) => void;
  errors: Record<string, string>;
}

/** What the case is and where it happens. */
export function CaseWhatStep({ draft, set, errors }: StepProps) {
  const { t } = useI18n();
  const err = (f: string) => errors[`record.${f}`];
  return (
    <>
      <WritingLanguage value={draft.language} onChange={(language) => set({ language })} error={err("language")} />
      <Field label={t("contribute.case.title")} error={err("title")}>
        {(p) => <input {...p} required value={draft.title} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      <Field label={t("contribute.case.summary")} hint={t("contribute.case.summaryHint")} error={err("summary")}>
        {(p) => (
          <textarea {...p} required rows={3} value={draft.summary} onChange={(e) => set({ summary: e.target.value })} />
        )}
      </Field>
      <Field label={t("contribute.case.description")} error={err("description")}>
        {(p) => (
          <textarea {...p} rows={5} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
        )}
      </Field>
      <PlaceFields place={draft.place} onChange={(place) => set({ place })} errors={errors} />
      <div className="field-row">
        <Field label={t("contribute.case.startYear")} error={err("startYear")}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={draft.startYear}
              onChange={(e) => set({ startYear: e.target.value })}
            />
          )}
        </Field>
        <StatusFields statuses={caseStatuses} draft={draft} set={set} err={err} />
        <Field label={t("contribute.case.scale")} error={err("scale")}>
          {(p) => (
            <select {...p} value={draft.scale} onChange={(e) => set({ scale: e.target.value })}>
              <option value="">{t("contribute.unknown")}</option>
              {scales.map((s) => (
                <option key={s} value={s}>
                  {t(`scale.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}

/** The case's place in the atlas's typology, each term with its definition. */
export function CaseTypologyStep({ draft, set, errors }: StepProps) {
  const { t } = useI18n();
  const { vocabularies } = useTerms();
  return (
    <>
      <p className="field-hint">{t("contribute.typology.hint")}</p>
      {caseSchemes.map((scheme) => (
        <TermPicker
          key={scheme}
          legend={t(`scheme.${scheme}` as MessageKey)}
          terms={vocabularies?.schemes[scheme] ?? []}
          value={draft.typology[scheme]}
          error={errors[`record.${scheme}`]}
          onChange={(value) => set({ typology: { ...draft.typology, [scheme]: value } })}
        />
      ))}
    </>
  );
}
