import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { saveFile } from "../../lib/download.ts";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useWorkshop } from "./context.tsx";
import { Field } from "./Field.tsx";
import type { ListData } from "./queries.ts";

/** Exports (Markdown, CSV, print), renaming, and for the facilitator removing the list. */
export function ListActions({ list }: { list: ListData["list"] }) {
  const { t } = useI18n();
  const { id, commands, isFacilitator, isOpen } = useWorkshop();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(list.title);
  const exportLabelId = useId();
  const download = useMutation({
    mutationFn: async (format: "markdown" | "csv") => {
      const file = await commands.exportList(list.id, format);
      // The server names the file (one rule for every export); the extension alone is a fallback.
      saveFile(file.blob, file.name ?? `recommendations.${format === "markdown" ? "md" : "csv"}`);
    },
  });
  const rename = useMutation({
    mutationFn: () => commands.renameList(list.id, title, list.version),
    onSuccess: () => setRenaming(false),
    onError: (error) => {
      if (error instanceof ApiError && error.code === "version_conflict") {
        const current = error.details[0]?.current as ListData["list"] | undefined;
        if (current) setTitle(current.title);
      }
    },
  });
  const remove = useMutation({
    mutationFn: () => commands.removeList(list.id),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate();
  };
  return (
    <div className="ws-list-actions">
      {/* Exports read the list; renaming and removing change it: two groups, set apart. */}
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons and a link; a fieldset's legend would not sit in the row */}
      <div className="ws-export" role="group" aria-labelledby={exportLabelId}>
        <span id={exportLabelId} className="ws-export-label">
          {t("workshops.export.label")}
        </span>
        <button type="button" className="ws-secondary" onClick={() => download.mutate("markdown")}>
          {t("workshops.export.markdown")}
        </button>
        <button type="button" className="ws-secondary" onClick={() => download.mutate("csv")}>
          {t("workshops.export.csv")}
        </button>
        <Link className="ws-button-link ws-secondary" to={`/w/${id}/print?list=${list.id}`}>
          {t("workshops.export.print")}
        </Link>
      </div>
      {isOpen ? (
        <div className="ws-list-manage">
          <button
            type="button"
            className="ws-secondary"
            aria-expanded={renaming}
            onClick={() => setRenaming(!renaming)}
          >
            {t("workshops.lists.rename")}
          </button>
          {isFacilitator ? (
            <button
              type="button"
              className="ws-danger"
              onClick={() => {
                if (window.confirm(t("workshops.lists.removeConfirm", { title: list.title }))) remove.mutate();
              }}
            >
              {t("workshops.lists.remove")}
            </button>
          ) : null}
        </div>
      ) : null}
      {download.isError ? (
        <p className="ws-error" role="alert">
          {t("workshops.export.failed")}
        </p>
      ) : null}
      {renaming ? (
        <form className="ws-inline-form" onSubmit={submit}>
          <Field
            label={t("workshops.lists.title")}
            error={
              fieldErrors(rename.error).title ??
              (rename.error instanceof ApiError && rename.error.code === "version_conflict"
                ? t("workshops.conflict.list")
                : undefined)
            }
          >
            {(props) => (
              <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
            )}
          </Field>
          <button type="submit" disabled={rename.isPending}>
            {t("workshops.save")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
