/** Saving the current mapping under a name, to read the next file from the same platform the same way. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import type { ImportSettings } from "./draft.ts";
import { Field } from "./Field.tsx";
import { savePreset } from "./queries.ts";

export function PresetSave({ initial, settings, token }: { initial: string; settings: ImportSettings; token: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [name, setName] = useState(initial);
  const save = useMutation({
    mutationFn: () => savePreset(name.trim(), settings, token),
    onSuccess: () => client.invalidateQueries({ queryKey: ["imports", "presets"] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) save.mutate();
  };
  const error =
    name.trim() === "" && save.isIdle ? undefined : (errorsByPath(save.error).name ?? formError(save.error));
  return (
    <form className="im-inline" onSubmit={submit}>
      <Field label={t("imports.preset.name")} error={error}>
        {(props) => <input {...props} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <button type="submit" className="secondary" disabled={save.isPending || name.trim() === ""}>
        {t("imports.preset.save")}
      </button>
      {save.isSuccess ? <p role="status">{t("imports.preset.saved", { name: name.trim() })}</p> : null}
    </form>
  );
}
