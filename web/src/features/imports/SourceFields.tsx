/** The source every imported record will cite: the platform or register the file comes from. */
import { useI18n } from "../../i18n/i18n.tsx";
import type { ImportDraft } from "./draft.ts";
import { Field } from "./Field.tsx";

export function SourceFields({
  source,
  errors,
  onChange,
}: {
  source: ImportDraft["source"];
  errors: Record<string, string>;
  onChange: (source: ImportDraft["source"]) => void;
}) {
  const { t } = useI18n();
  const set = (key: keyof ImportDraft["source"]) => (e: { target: { value: string } }) =>
    onChange({ ...source, [key]: e.target.value });
  return (
    <fieldset className="im-step" aria-describedby="im-source-hint">
      <legend>{t("imports.source.title")}</legend>
      <p id="im-source-hint" className="muted">
        {t("imports.source.hint")}
      </p>
      <Field label={t("imports.source.name")} error={errors["source.title"] ?? errors.source}>
        {(props) => <input {...props} value={source.title} onChange={set("title")} />}
      </Field>
      <Field label={t("imports.source.url")} error={errors["source.url"]}>
        {(props) => <input {...props} type="url" value={source.url} onChange={set("url")} />}
      </Field>
      <Field label={t("imports.source.publisher")} error={errors["source.publisher"]}>
        {(props) => <input {...props} value={source.publisher} onChange={set("publisher")} />}
      </Field>
    </fieldset>
  );
}
