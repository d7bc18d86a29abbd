import { Field } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { emptySource, type SourceDraft } from "./sources-draft.ts";

/** The sources a proposal rests on: each a link with its title (required), publisher and year. */
export function SourcesEditor({
  sources,
  onChange,
  errors,
}: {
  sources: SourceDraft[];
  onChange: (sources: SourceDraft[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const update = (key: string, patch: Partial<SourceDraft>) =>
    onChange(sources.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  return (
    <div className="contribute-list">
      {sources.map((s, i) => {
        const err = (f: string) => errors[`sources.${s.key}.${f}`];
        return (
          <fieldset key={s.key} className="contribute-item">
            <legend>{t("contribute.sources.item", { n: i + 1 })}</legend>
            <SourceFields source={s} set={(patch) => update(s.key, patch)} err={err} />
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(sources.filter((x) => x.key !== s.key))}
            >
              {t("contribute.sources.remove", { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...sources, emptySource()])}>
        {t("contribute.sources.add")}
      </button>
    </div>
  );
}

/** One source's link, title, publisher and year; `err` gives the server's error for a field. */
export function SourceFields({
  source,
  set,
  err,
}: {
  source: SourceDraft;
  set: (patch: Partial<SourceDraft>) => void;
  err: (field: string) => string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t("contribute.sources.url")} error={err("url")}>
        {(p) => (
          <input
            {...p}
            type="url"
            required
            placeholder="https://"
            value={source.url}
            onChange={(e) => set({ url: e.target.value })}
          />
        )}
      </Field>
      <Field label={t("contribute.sources.title")} error={err("title")}>
        {(p) => <input {...p} required value={source.title} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      <div className="field-row">
        <Field label={t("contribute.sources.publisher")} error={err("publisher")}>
          {(p) => <input {...p} value={source.publisher} onChange={(e) => set({ publisher: e.target.value })} />}
        </Field>
        <Field label={t("contribute.sources.year")} error={err("year")}>
          {(p) => (
            <input {...p} inputMode="numeric" value={source.year} onChange={(e) => set({ year: e.target.value })} />
          )}
        </Field>
      </div>
    </>
  );
}
