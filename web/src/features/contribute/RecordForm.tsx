import { currencyStatuses } from "@atlas/api/contract";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { toIdSlug } from "../../lib/slug.ts";
import { useStoredDraft } from "../../lib/useStoredDraft.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { emptyPlace, languageField, type PlaceDraft, toPlaceFields } from "./case-draft.ts";
import { PlaceFields } from "./PlaceFields.tsx";
import { emptyProposer, ProposerFields, toEnvelope } from "./ProposerFields.tsx";
import { type CurrencyProposal, proposeCurrency, proposeStakeholder, type StakeholderProposal } from "./queries.ts";
import { SentPanel } from "./SentPanel.tsx";
import { SourcesEditor } from "./SourcesEditor.tsx";
import { StatusFields } from "./StatusFields.tsx";
import { optional, type SourceDraft, sourceId, toNumber, toSourceRecord } from "./sources-draft.ts";
import { TermSelect } from "./TermPicker.tsx";
import { WritingLanguage } from "./WritingLanguage.tsx";

/** A stakeholder or a currency initiative: one page, far fewer fields than a case. */
export type SimpleKind = "stakeholder" | "currency";

interface RecordDraft {
  /** The language the texts are written in; empty until chosen: the reader's language. */
  language: string;
  name: string;
  type: string;
  summary: string;
  homepage: string;
  launchYear: string;
  status: string;
  statusYear: string;
  place: PlaceDraft;
  sources: SourceDraft[];
  proposerName: string;
  note: string;
  /** The honeypot. */
  website: string;
}

const initial = (): RecordDraft => ({
  language: "",
  name: "",
  type: "",
  summary: "",
  homepage: "",
  launchYear: "",
  status: "",
  statusYear: "",
  place: emptyPlace(),
  sources: [],
  ...emptyProposer(),
});

function toBundle(kind: SimpleKind, d: RecordDraft) {
  const id = toIdSlug(d.name, kind);
  const sourceIds = d.sources.map((_, i) => sourceId(id, i));
  const place = toPlaceFields(d.place);
  const record =
    kind === "stakeholder"
      ? {
          id,
          language: languageField(d.language),
          name: d.name.trim(),
          type: d.type,
          ...place,
          country: place.country || undefined,
          region: undefined,
          locationPrecision: undefined,
          website: optional(d.homepage),
          description: optional(d.summary),
          sources: sourceIds,
        }
      : {
          id,
          language: languageField(d.language),
          name: d.name.trim(),
          summary: optional(d.summary),
          ...place,
          launchYear: toNumber(d.launchYear),
          status: optional(d.status),
          statusYear: d.status ? toNumber(d.statusYear) : undefined,
          model: optional(d.type),
          sources: sourceIds,
        };
  const formPaths = new Map(d.sources.map((s, i) => [`sources.${i}`, `sources.${s.key}`]));
  return { bundle: { record, sources: d.sources.map((s, i) => toSourceRecord(s, sourceIds[i] ?? "")) }, formPaths };
}

/** Proposes a new stakeholder or currency initiative, with its sources; the draft survives a reload. */
export function RecordForm({ kind }: { kind: SimpleKind }) {
  const { t, locale } = useI18n();
  const { vocabularies } = useTerms();
  const [draft, setDraft, clearDraft] = useStoredDraft(`atlas.draft.${kind}`, initial);
  const [formPaths, setFormPaths] = useState(new Map<string, string>());
  const [sent, setSent] = useState<{ id: string; secret: string; title: string } | null>(null);
  const set = (patch: Partial<RecordDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const send = useMutation({
    mutationFn: () => {
      const { bundle, formPaths: paths } = toBundle(kind, { ...draft, language: draft.language || locale });
      setFormPaths(paths);
      const envelope = toEnvelope(draft);
      return kind === "stakeholder"
        ? proposeStakeholder({ bundle, ...envelope } as unknown as StakeholderProposal)
        : proposeCurrency({ bundle, ...envelope } as unknown as CurrencyProposal);
    },
    onSuccess: (created) => {
      setSent({ ...created, title: draft.name });
      clearDraft();
    },
  });
  if (sent) return <SentPanel {...sent} />;
  const errors = errorsByPath(send.error, formPaths);
  const err = (f: string) => errors[`record.${f}`];
  const whole = formError(send.error, errors);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  const typeScheme = kind === "stakeholder" ? "stakeholderType" : "currencyModel";
  return (
    <form className="contribute-form" onSubmit={submit} noValidate>
      <WritingLanguage value={draft.language} onChange={(language) => set({ language })} error={err("language")} />
      <Field label={t(`contribute.${kind}.name` as MessageKey)} error={err("name") ?? err("title")}>
        {(p) => <input {...p} required value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      <Field label={t(`scheme.${typeScheme}` as MessageKey)} error={err(kind === "stakeholder" ? "type" : "model")}>
        {(p) => (
          <TermSelect
            {...p}
            terms={vocabularies?.schemes[typeScheme] ?? []}
            value={draft.type}
            placeholder={t("contribute.choose")}
            onChange={(type) => set({ type })}
          />
        )}
      </Field>
      <Field
        label={t(`contribute.${kind}.summary` as MessageKey)}
        error={err(kind === "stakeholder" ? "description" : "summary")}
      >
        {(p) => <textarea {...p} rows={3} value={draft.summary} onChange={(e) => set({ summary: e.target.value })} />}
      </Field>
      {kind === "stakeholder" ? (
        <Field label={t("contribute.participants.website")} error={err("website")}>
          {(p) => (
            <input {...p} type="url" value={draft.homepage} onChange={(e) => set({ homepage: e.target.value })} />
          )}
        </Field>
      ) : (
        <div className="field-row">
          <Field label={t("contribute.currency.launchYear")} error={err("launchYear")}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                value={draft.launchYear}
                onChange={(e) => set({ launchYear: e.target.value })}
              />
            )}
          </Field>
          <StatusFields statuses={currencyStatuses} draft={draft} set={set} err={err} />
        </div>
      )}
      <PlaceFields place={draft.place} onChange={(place) => set({ place })} errors={errors} />
      <h2>{t("contribute.step.sources")}</h2>
      <p className="field-hint">{t("contribute.sources.hint")}</p>
      <SourcesEditor sources={draft.sources} onChange={(sources) => set({ sources })} errors={errors} />
      {err("sources") ? <p className="field-error">{err("sources")}</p> : null}
      <h2>{t("contribute.step.send")}</h2>
      <ProposerFields value={draft} onChange={(p) => set(p)} errors={errors} />
      <FormAlert message={whole} />
      <div className="step-actions">
        <button type="submit" className="primary" disabled={send.isPending}>
          {t("contribute.send.submit")}
        </button>
      </div>
      <p className="muted">{t("contribute.draft.kept")}</p>
    </form>
  );
}
