import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import { FormAlert } from "../../components/FormAlert.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { useStoredDraft } from "../../lib/useStoredDraft.ts";
import { CaseTypologyStep, CaseWhatStep } from "./CaseSteps.tsx";
import { type CaseDraft, emptyCaseDraft, toCaseBundle } from "./case-draft.ts";
import { ParticipantsStep } from "./ParticipantsStep.tsx";
import { emptyProposer, ProposerFields, toEnvelope } from "./ProposerFields.tsx";
import { type CaseProposal, proposeCase } from "./queries.ts";
import { RelationshipsStep } from "./RelationshipsStep.tsx";
import { SentPanel } from "./SentPanel.tsx";
import { SourcesEditor } from "./SourcesEditor.tsx";

/** The steps, and the form paths whose errors each one shows. */
const steps = [
  { key: "what", paths: ["record"] },
  {
    key: "typology",
    paths: [
      "record.phase",
      "record.level",
      "record.collaborationType",
      "record.policyDomain",
      "record.need",
      "record.doughnutDimension",
      "record.sseForm",
    ],
  },
  { key: "participants", paths: ["participants", "record.participants", "stakeholders"] },
  { key: "sources", paths: ["sources", "record.sources"] },
  { key: "relationships", paths: ["relationships", "record.relationships"] },
  { key: "send", paths: ["proposer", "note"] },
] as const;
type StepKey = (typeof steps)[number]["key"];

/** The step an error path belongs to: the most specific prefix wins (typology before "record"). */
function stepOf(path: string): StepKey {
  let best: { key: StepKey; length: number } = { key: "send", length: 0 };
  for (const step of steps) {
    for (const p of step.paths) {
      if ((path === p || path.startsWith(`${p}.`)) && p.length > best.length)
        best = { key: step.key, length: p.length };
    }
  }
  return best.key;
}

const initialDraft = () => ({ ...emptyCaseDraft(), ...emptyProposer() });

/** The guided proposal of a case, step by step, kept as a draft in this browser until it is sent. */
export function CaseForm() {
  const { t, locale } = useI18n();
  const [draft, setDraft, clearDraft] = useStoredDraft("atlas.draft.case", initialDraft);
  const [step, setStep] = useState<StepKey>("what");
  const [sent, setSent] = useState<{ id: string; secret: string; title: string } | null>(null);
  const [formPaths, setFormPaths] = useState(new Map<string, string>());
  const heading = useRef<HTMLHeadingElement>(null);
  const set = useCallback((patch: Partial<CaseDraft>) => setDraft((d) => ({ ...d, ...patch })), [setDraft]);
  const send = useMutation({
    mutationFn: () => {
      const { bundle, formPaths: paths } = toCaseBundle({ ...draft, language: draft.language || locale });
      setFormPaths(paths);
      return proposeCase({ bundle, ...toEnvelope(draft) } as unknown as CaseProposal);
    },
    onSuccess: (created) => {
      setSent({ ...created, title: draft.title });
      clearDraft();
    },
  });
  const errors = errorsByPath(send.error, formPaths);
  const firstBad = Object.keys(errors)[0];
  const errorStep = firstBad ? stepOf(firstBad) : undefined;
  useEffect(() => {
    if (errorStep) setStep(errorStep);
  }, [errorStep]);
  const go = (to: StepKey) => {
    setStep(to);
    requestAnimationFrame(() => heading.current?.focus());
  };
  if (sent) return <SentPanel {...sent} />;
  const index = steps.findIndex((s) => s.key === step);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = steps[index + 1];
    if (next) go(next.key);
    else send.mutate();
  };
  const badSteps = new Set(Object.keys(errors).map(stepOf));
  const whole = formError(send.error, errors);
  return (
    <form className="contribute-form" onSubmit={submit} noValidate>
      <nav aria-label={t("contribute.steps.label")}>
        <ol className="stepper">
          {steps.map((s, i) => (
            <li key={s.key}>
              <button
                type="button"
                aria-current={s.key === step ? "step" : undefined}
                className={badSteps.has(s.key) ? "has-error" : undefined}
                onClick={() => go(s.key)}
              >
                <span className="step-number">{i + 1}</span> {t(`contribute.step.${s.key}` as MessageKey)}
                {badSteps.has(s.key) ? (
                  <span className="visually-hidden"> {t("contribute.steps.hasErrors")}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h2 ref={heading} tabIndex={-1}>
        {t("contribute.steps.position", { n: index + 1, total: steps.length })}{" "}
        {t(`contribute.step.${step}` as MessageKey)}
      </h2>
      {errorStep ? <ErrorSummary errors={errors} onGo={go} stepOf={stepOf} /> : null}
      {step === "what" ? <CaseWhatStep draft={draft} set={set} errors={errors} /> : null}
      {step === "typology" ? <CaseTypologyStep draft={draft} set={set} errors={errors} /> : null}
      {step === "participants" ? (
        <ParticipantsStep
          participants={draft.participants}
          onChange={(participants) => set({ participants })}
          errors={errors}
        />
      ) : null}
      {step === "sources" ? (
        <>
          <p className="field-hint">{t("contribute.sources.hint")}</p>
          <SourcesEditor sources={draft.sources} onChange={(sources) => set({ sources })} errors={errors} />
          {errors["record.sources"] ? <p className="field-error">{errors["record.sources"]}</p> : null}
        </>
      ) : null}
      {step === "relationships" ? (
        <RelationshipsStep
          relationships={draft.relationships}
          participants={draft.participants}
          sources={draft.sources}
          onChange={(relationships) => set({ relationships })}
          errors={errors}
        />
      ) : null}
      {step === "send" ? (
        <>
          <p>{t("contribute.send.explain")}</p>
          <ProposerFields value={draft} onChange={(p) => setDraft((d) => ({ ...d, ...p }))} errors={errors} />
        </>
      ) : null}
      <FormAlert message={whole} />
      <div className="step-actions">
        {index > 0 ? (
          <button type="button" onClick={() => go(steps[index - 1]?.key ?? "what")}>
            {t("contribute.steps.back")}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={send.isPending}>
          {index < steps.length - 1 ? t("contribute.steps.next") : t("contribute.send.submit")}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            if (window.confirm(t("contribute.draft.confirmClear"))) clearDraft();
          }}
        >
          {t("contribute.draft.clear")}
        </button>
      </div>
      <p className="muted">{t("contribute.draft.kept")}</p>
    </form>
  );
}

/** Every problem the server found, each a button to its step, so none is missed. */
function ErrorSummary({
  errors,
  onGo,
  stepOf,
}: {
  errors: Record<string, string>;
  onGo: (step: StepKey) => void;
  stepOf: (path: string) => StepKey;
}) {
  const { t, tp } = useI18n();
  const entries = Object.entries(errors);
  return (
    <div className="error-summary" role="alert">
      <p>{tp("contribute.errors", entries.length)}</p>
      <ul>
        {entries.map(([path, message]) => (
          <li key={path}>
            <button type="button" className="link-button" onClick={() => onGo(stepOf(path))}>
              {t(`contribute.step.${stepOf(path)}` as MessageKey)}
            </button>
            {`: ${message}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
