import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useWorkshop } from "./context.tsx";
import { Field } from "./Field.tsx";
import { FormActions } from "./FormActions.tsx";
import { FormError } from "./FormError.tsx";
import type { ItemData } from "./queries.ts";

/** The facilitator folds another step into this one: words chosen here, evidence, dots and comments combined. */
export function MergeForm({
  item,
  others,
  onDone,
}: {
  item: ItemData;
  others: ItemData[];
  onDone: (message?: string) => void;
}) {
  const { t } = useI18n();
  const { commands } = useWorkshop();
  const [sourceId, setSourceId] = useState("");
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description);
  const source = others.find((o) => o.id === sourceId);
  const choose = (next: string) => {
    setSourceId(next);
    const picked = others.find((o) => o.id === next);
    if (picked) {
      setDescription(
        [item.description, `${picked.title}${picked.description ? `: ${picked.description}` : ""}`]
          .filter(Boolean)
          .join("\n\n"),
      );
    }
  };
  const merge = useMutation({
    mutationFn: () =>
      commands.mergeItems(item.id, {
        sourceId,
        sourceVersion: source?.version ?? 0,
        version: item.version,
        title,
        description,
      }),
    onSuccess: () => onDone(),
  });
  const conflict = merge.error instanceof ApiError && merge.error.code === "version_conflict";
  const errors = fieldErrors(merge.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (source) merge.mutate();
  };
  return (
    <form className="ws-editor" onSubmit={submit} aria-label={t("workshops.merge.title")}>
      <p className="ws-hint">{t("workshops.merge.help")}</p>
      <Field label={t("workshops.merge.source")}>
        {(props) => (
          <select {...props} value={sourceId} onChange={(e) => choose(e.target.value)} required>
            <option value="">{t("workshops.merge.choose")}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("workshops.item.title")} error={errors.title}>
        {(props) => (
          <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        )}
      </Field>
      <Field label={t("workshops.item.description")} error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            rows={4}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            maxLength={4000}
          />
        )}
      </Field>
      <FormError message={conflict ? t("workshops.conflict.merge") : undefined} error={merge.error} />
      <FormActions
        submit={t("workshops.merge.submit")}
        disabled={!source || merge.isPending}
        cancel={t("workshops.cancel")}
        onCancel={onDone}
      />
    </form>
  );
}
