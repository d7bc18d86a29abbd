/** Step 1: what the file holds (organisations or cases), a saved mapping to start from, and the file. */
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import type { ImportKind, ImportSettings } from "./draft.ts";
import { Field } from "./Field.tsx";
import { presetsOptions } from "./queries.ts";

export function FileStep({
  kind,
  onKind,
  onPreset,
  onUpload,
  busy,
  error,
}: {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  onPreset: (name: string, settings: ImportSettings) => void;
  onUpload: (file: File) => void;
  busy: boolean;
  error: unknown;
}) {
  const { t } = useI18n();
  const presets = useQuery(presetsOptions(kind));
  const [picked, setPicked] = useState<File | undefined>();
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!picked);
    if (picked) onUpload(picked);
  };
  const fileError = missing ? t("imports.file.missing") : (errorsByPath(error).file ?? formError(error));
  return (
    <form className="im-step" onSubmit={submit} aria-labelledby="im-file-heading">
      <h2 id="im-file-heading">{t("imports.file.title")}</h2>
      <fieldset className="im-choice">
        <legend>{t("imports.kind.label")}</legend>
        {(["stakeholder", "case"] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="im-kind" value={k} checked={kind === k} onChange={() => onKind(k)} />
            {t(`imports.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {presets.data && presets.data.items.length > 0 ? (
        <Field label={t("imports.preset.use")} hint={t("imports.preset.useHint")}>
          {(props) => (
            <select
              {...props}
              defaultValue=""
              onChange={(e) => {
                const preset = presets.data.items.find((p) => p.name === e.target.value);
                if (preset) onPreset(preset.name, preset.settings);
              }}
            >
              <option value="">{t("imports.preset.none")}</option>
              {presets.data.items.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t("imports.file.label")} hint={t("imports.file.hint")} error={fileError}>
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
            onChange={(e) => setPicked(e.target.files?.[0])}
          />
        )}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? t("imports.file.uploading") : t("imports.file.upload")}
      </button>
    </form>
  );
}
