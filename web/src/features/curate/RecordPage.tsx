import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { recordPath } from "../history/HistoryPage.tsx";
import { historyOptions } from "../history/queries.ts";
import { RevisionList } from "../history/RevisionList.tsx";
import { useCurator } from "./CurateLayout.tsx";
import { useRecordFieldLabel } from "./field-labels.ts";
import { editRecord, type RecordKind, recordOptions, restoreRevision } from "./queries.ts";
import { type FormEntry, toDocument, toEntryField, toFormEntries } from "./record-form.ts";

const kinds: RecordKind[] = ["case", "stakeholder", "currency"];

/** A curator edits a published record's document (a new revision, with the reason) or restores an earlier one. */
export function RecordPage() {
  const params = useParams();
  const kind = kinds.find((k) => k === params.kind) ?? "case";
  const id = params.id ?? "";
  const { t } = useI18n();
  const record = useQuery(recordOptions(kind, id));
  const history = useQuery(historyOptions(kind, id));
  if (record.isPending) return <Loading />;
  if (record.isError) return <ErrorState error={record.error} onRetry={() => record.refetch()} />;
  return (
    <article className="curate-record">
      <p className="breadcrumb">
        <Link to={`/${recordPath[kind]}/${id}`}>{t("history.backToRecord")}</Link>
      </p>
      <h1>{t("curate.record.title", { id })}</h1>
      <EditForm key={record.data.revision} kind={kind} id={id} revision={record.data.revision} doc={record.data.doc} />
      <h2>{t("history.title")}</h2>
      {history.data ? (
        <RevisionList
          revisions={history.data.revisions}
          action={(r) =>
            r.number === record.data.revision ? (
              <p className="muted">{t("curate.record.current")}</p>
            ) : (
              <RestoreButton kind={kind} id={id} current={record.data.revision} number={r.number} />
            )
          }
        />
      ) : null}
    </article>
  );
}

const invalidate = (client: ReturnType<typeof useQueryClient>, kind: RecordKind, id: string) =>
  Promise.all([
    client.invalidateQueries({ queryKey: ["curation", "records", kind, id] }),
    client.invalidateQueries({ queryKey: ["history", kind, id] }),
    client.invalidateQueries({ queryKey: [`${kind === "currency" ? "currencies" : `${kind}s`}`] }),
  ]);

function EditForm(props: { kind: RecordKind; id: string; revision: number; doc: Record<string, unknown> }) {
  const { kind, id, revision, doc } = props;
  const { t } = useI18n();
  const me = useCurator();
  const client = useQueryClient();
  const [entries, setEntries] = useState(() => toFormEntries(doc));
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (parsed: Record<string, unknown>) =>
      editRecord(me.csrfToken, kind, id, { revision, doc: parsed, reason }),
    onSuccess: () => invalidate(client, kind, id),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = toDocument(entries, {
      notNumber: t("curate.record.notNumber"),
      notJson: (message) => t("curate.record.notJson", { message }),
    });
    setProblems(read.problems);
    if (Object.keys(read.problems).length === 0) save.mutate(read.doc);
  };
  const errors = errorsByPath(save.error);
  const serverErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = toEntryField(path);
    if (field) serverErrors[field] ??= path === `doc.${field}` ? message : `${path.slice(4)}: ${message}`;
  }
  const loose = Object.entries(errors).filter(([path]) => path === "doc");
  const change = (field: string, text: string) =>
    setEntries((list) => list.map((e) => (e.field === field ? { ...e, text } : e)));
  return (
    <form onSubmit={submit} className="curate-edit" noValidate>
      <fieldset className="record-fields">
        <legend>{t("curate.record.document")}</legend>
        <p className="field-hint">{t("curate.record.documentHint")}</p>
        {entries.map((entry) => (
          <EntryField
            key={entry.field}
            entry={entry}
            error={problems[entry.field] ?? serverErrors[entry.field]}
            onChange={(text) => change(entry.field, text)}
          />
        ))}
      </fieldset>
      <FormAlert message={loose.map(([, message]) => message).join(" ")} />
      <Field label={t("curate.record.reason")} error={errors.reason}>
        {(p) => <input {...p} required value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <FormAlert message={formError(save.error, errors)} />
      {save.isSuccess ? (
        <p role="status" className="note">
          {t("curate.record.saved")}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={save.isPending}>
        {t("curate.record.save")}
      </button>
    </form>
  );
}

/** One field of the document: its label, a control that fits its value, and what is wrong with it. */
function EntryField({
  entry,
  error,
  onChange,
}: {
  entry: FormEntry;
  error?: string;
  onChange: (text: string) => void;
}) {
  const { t } = useI18n();
  const label = useRecordFieldLabel();
  const hint = entry.kind === "json" ? t("curate.record.jsonHint") : undefined;
  return (
    <Field label={label(entry.field)} hint={hint} error={error}>
      {(p) =>
        entry.kind === "text" ? (
          <input {...p} value={entry.text} readOnly={entry.field === "id"} onChange={(e) => onChange(e.target.value)} />
        ) : entry.kind === "number" ? (
          <input {...p} inputMode="decimal" dir="ltr" value={entry.text} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <textarea
            {...p}
            className={entry.kind === "json" ? "json-editor" : undefined}
            dir={entry.kind === "json" ? "ltr" : "auto"}
            spellCheck={entry.kind !== "json"}
            rows={entry.kind === "json" ? Math.min(12, entry.text.split("\n").length) : 4}
            value={entry.text}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

function RestoreButton({
  kind,
  id,
  current,
  number,
}: {
  kind: RecordKind;
  id: string;
  current: number;
  number: number;
}) {
  const { t } = useI18n();
  const me = useCurator();
  const client = useQueryClient();
  const restore = useMutation({
    mutationFn: () => restoreRevision(me.csrfToken, kind, id, { revision: current, number, reason: "" }),
    onSuccess: () => invalidate(client, kind, id),
  });
  return (
    <p>
      <button
        type="button"
        className="secondary"
        disabled={restore.isPending}
        onClick={() => window.confirm(t("curate.record.restoreConfirm", { n: number })) && restore.mutate()}
      >
        {t("curate.record.restore", { n: number })}
      </button>
      {restore.error ? (
        <span className="field-error" role="alert">
          {" "}
          {restore.error.message}
        </span>
      ) : null}
    </p>
  );
}
