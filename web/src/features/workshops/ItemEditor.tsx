import { workshopPhases as phases } from "@atlas/api/contract";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { ApiError } from "../../api.ts";
import { announce } from "../../components/Announcer.tsx";
import { useFocusFirstInvalid } from "../../components/useFocusFirstInvalid.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { useWorkshop } from "./context.tsx";
import { Field } from "./Field.tsx";
import { FormActions } from "./FormActions.tsx";
import { FormError } from "./FormError.tsx";
import { type Draft, type DraftField, mergeDrafts } from "./merge.ts";
import type { ItemData, Phase } from "./queries.ts";

const toDraft = (item: ItemData): Draft => ({
  title: item.title,
  description: item.description,
  phase: item.phase,
  stakeholderTypes: item.stakeholderTypes,
});

const empty: Draft = { title: "", description: "", phase: "co-design", stakeholderTypes: [] };

/**
 * Writes a new step, or edits one based on the version it showed. If someone else saved in the
 * meantime, the server answers 409 with their version: changes to different fields are merged and
 * saved at once; where both changed the same field, the member sees the other text next to theirs
 * and keeps theirs (the other stays in the history), takes the other, or merges by hand.
 */
export function ItemEditor({
  item,
  listId,
  onDone,
}: {
  item?: ItemData;
  listId?: string;
  onDone: (message?: string) => void;
}) {
  const { t } = useI18n();
  const { commands } = useWorkshop();
  const [draft, setDraft] = useState<Draft>(() => (item ? toDraft(item) : empty));
  const [base, setBase] = useState(item);
  const [theirs, setTheirs] = useState<{ item: ItemData; conflicts: DraftField[] }>();
  const [mergedWith, setMergedWith] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const save = useMutation({
    mutationFn: ({ on, text }: { on: ItemData | undefined; text: Draft }) =>
      on ? commands.updateItem(on.id, { ...text, version: on.version }) : commands.createItem(listId ?? "", text),
    onSuccess: (saved) => {
      setTheirs(undefined);
      if (item) return onDone(t("workshops.item.saved", { title: saved.title }));
      // Ready for the next step: the focus goes back to the step's first field, the addition is announced.
      setDraft({ ...draft, title: "", description: "" });
      form.current?.querySelector("input")?.focus();
      announce(t("workshops.item.added", { title: saved.title }));
    },
    onError: (error, { on, text }) => {
      const current =
        error instanceof ApiError && error.code === "version_conflict" ? error.details[0]?.current : undefined;
      if (!current || !on) return;
      const other = current as ItemData;
      const { merged, conflicts } = mergeDrafts(toDraft(on), text, toDraft(other));
      setDraft(merged);
      setBase(other);
      if (conflicts.length > 0) {
        setTheirs({ item: other, conflicts });
        return;
      }
      setMergedWith(other.updatedBy.name);
      save.mutate({ on: other, text: merged });
    },
  });
  const errors = fieldErrors(save.error);
  useFocusFirstInvalid(form, save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ on: base, text: draft });
  };
  const takeTheirs = () => {
    if (!theirs) return;
    setDraft(toDraft(theirs.item));
    setTheirs(undefined);
    save.reset();
  };
  return (
    <form
      ref={form}
      className="ws-editor"
      onSubmit={submit}
      aria-label={item ? t("workshops.item.editLabel") : t("workshops.item.add")}
    >
      {theirs ? (
        <ConflictNotice
          theirs={theirs.item}
          conflicts={theirs.conflicts}
          onKeepMine={() => save.mutate({ on: theirs.item, text: draft })}
          onTakeTheirs={takeTheirs}
        />
      ) : null}
      {mergedWith && !theirs ? (
        <p className="ws-hint" role="status">
          {t("workshops.conflict.merged", { name: mergedWith })}
        </p>
      ) : null}
      <DraftFields draft={draft} onChange={setDraft} errors={errors} />
      <FormError error={theirs ? undefined : save.error} />
      <FormActions
        submit={item ? t("workshops.save") : t("workshops.item.create")}
        disabled={save.isPending}
        cancel={item ? t("workshops.cancel") : t("workshops.close")}
        onCancel={onDone}
      />
    </form>
  );
}

/** What the other person saved, in the fields both of you changed, and the two ways out. */
function ConflictNotice({
  theirs,
  conflicts,
  onKeepMine,
  onTakeTheirs,
}: {
  theirs: ItemData;
  conflicts: DraftField[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useI18n();
  const { label } = useTerms();
  const shown: Record<DraftField, [string, string]> = {
    title: [t("workshops.item.title"), theirs.title],
    description: [t("workshops.item.description"), theirs.description || "—"],
    phase: [t("workshops.item.phase"), label("phase", theirs.phase)],
    stakeholderTypes: [
      t("workshops.item.responsible"),
      theirs.stakeholderTypes.map((type) => label("stakeholderType", type)).join(", ") || "—",
    ],
  };
  return (
    <div className="ws-conflict" role="alert">
      <p>
        <strong>{t("workshops.conflict.item", { name: theirs.updatedBy.name })}</strong>
      </p>
      <dl>
        {conflicts.map((field) => (
          <div key={field}>
            <dt>{shown[field][0]}</dt>
            <dd dir="auto">{shown[field][1]}</dd>
          </div>
        ))}
      </dl>
      <p className="ws-hint">{t("workshops.conflict.help")}</p>
      <div className="ws-actions">
        <button type="button" onClick={onKeepMine}>
          {t("workshops.conflict.keepMine")}
        </button>
        <button type="button" className="ws-secondary" onClick={onTakeTheirs}>
          {t("workshops.conflict.takeTheirs")}
        </button>
      </div>
    </div>
  );
}

function DraftFields({
  draft,
  onChange,
  errors,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const { label, vocabularies } = useTerms();
  const types = vocabularies?.schemes.stakeholderType ?? [];
  const toggleType = (key: string) =>
    onChange({
      ...draft,
      stakeholderTypes: draft.stakeholderTypes.includes(key)
        ? draft.stakeholderTypes.filter((k) => k !== key)
        : [...draft.stakeholderTypes, key],
    });
  return (
    <>
      <Field label={t("workshops.item.title")} error={errors.title}>
        {(props) => (
          <input
            {...props}
            value={draft.title}
            onChange={(e) => onChange({ ...draft, title: e.target.value })}
            required
            maxLength={200}
          />
        )}
      </Field>
      <Field label={t("workshops.item.description")} error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={draft.description}
            onChange={(e) => onChange({ ...draft, description: e.target.value })}
            maxLength={4000}
          />
        )}
      </Field>
      <Field label={t("workshops.item.phase")} error={errors.phase}>
        {(props) => (
          <select
            {...props}
            value={draft.phase}
            onChange={(e) => onChange({ ...draft, phase: e.target.value as Phase })}
          >
            {phases.map((p) => (
              <option key={p} value={p}>
                {label("phase", p)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="ws-types">
        <legend>{t("workshops.item.responsible")}</legend>
        {types.map((type) => (
          <label key={type.key} className="ws-check">
            <input
              type="checkbox"
              checked={draft.stakeholderTypes.includes(type.key)}
              onChange={() => toggleType(type.key)}
            />
            {type.label}
          </label>
        ))}
        {errors.stakeholderTypes ? (
          <p className="ws-error" role="alert">
            {errors.stakeholderTypes}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
