import { keepPreviousData, queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { api, unwrap } from "../../api.ts";
import { SearchBox } from "../../components/SearchBox.tsx";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useWorkshop } from "./context.tsx";
import { Field } from "./Field.tsx";
import { FormActions } from "./FormActions.tsx";
import { FormError } from "./FormError.tsx";
import type { ItemData } from "./queries.ts";

const searchSize = 8;

/** The catalogue's own search (GET /api/cases?q=), a few results at a time. */
const caseSearchOptions = (q: string) =>
  queryOptions({
    queryKey: ["cases", "list", { q, pageSize: searchSize }],
    queryFn: () => unwrap(api.cases.$get({ query: { q, pageSize: String(searchSize) } })),
    placeholderData: keepPreviousData,
  });

/** Finds a case in the atlas and links it to the step as evidence, saying why it supports the step. */
export function EvidencePicker({ item, onDone }: { item: ItemData; onDone: (message?: string) => void }) {
  const { t, locale } = useI18n();
  const { commands } = useWorkshop();
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<string>();
  const [why, setWhy] = useState("");
  const results = useQuery({ ...caseSearchOptions(q), enabled: q.length >= 2 });
  const link = useMutation({
    mutationFn: () => commands.addEvidence(item.id, picked ?? "", why),
    onSuccess: (changed) => {
      const linked = changed.evidence.find((e) => e.caseId === picked);
      onDone(t("workshops.evidence.linked", { case: linked?.caseTitle ?? "", title: item.title }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked) link.mutate();
  };
  const linked = new Set(item.evidence.map((e) => e.caseId));
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, link.error);
  return (
    <div className="ws-evidence-picker">
      <SearchBox label={t("workshops.evidence.search")} value={q} onSearch={setQ} />
      {q.length >= 2 && results.data ? (
        <form ref={form} onSubmit={submit}>
          <fieldset className="ws-results">
            <legend>{t("workshops.evidence.results", { count: results.data.total })}</legend>
            {results.data.items.length === 0 ? <p className="muted">{t("results.empty")}</p> : null}
            {results.data.items.map((c) => (
              <label key={c.id} className="ws-check">
                <input
                  type="radio"
                  name={`case-${item.id}`}
                  value={c.id}
                  checked={picked === c.id}
                  disabled={linked.has(c.id)}
                  onChange={() => setPicked(c.id)}
                />
                <span>
                  {c.title}{" "}
                  <span className="muted">
                    ({[c.city, countryName(c.country, locale)].filter(Boolean).join(", ")})
                    {linked.has(c.id) ? ` · ${t("workshops.evidence.already")}` : ""}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <Field
            label={t("workshops.evidence.why")}
            error={fieldErrors(link.error).why}
            hint={t("workshops.evidence.whyHint")}
          >
            {(props) => (
              <textarea {...props} rows={2} maxLength={500} value={why} onChange={(e) => setWhy(e.target.value)} />
            )}
          </Field>
          <FormError error={link.error} />
          <FormActions
            submit={t("workshops.evidence.link")}
            disabled={!picked || link.isPending}
            cancel={t("workshops.cancel")}
            onCancel={onDone}
          />
        </form>
      ) : (
        <p className="ws-hint">{t("workshops.evidence.hint")}</p>
      )}
    </div>
  );
}
