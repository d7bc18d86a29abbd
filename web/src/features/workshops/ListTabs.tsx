import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useWorkshop } from "./context.tsx";
import { Field } from "./Field.tsx";

/** The workshop's lists (a group may keep its own); any member can start one. */
export function ListTabs({ current, onSelect }: { current: string | undefined; onSelect: (listId: string) => void }) {
  const { t, formatNumber } = useI18n();
  const { workshop, commands, isOpen } = useWorkshop();
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState("");
  const create = useMutation({
    mutationFn: () => commands.createList(title),
    onSuccess: (list) => {
      setTitle("");
      setAdding(false);
      onSelect(list.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <nav className="ws-tabs" aria-label={t("workshops.lists.label")}>
      <ul>
        {workshop.lists.map((list) => (
          <li key={list.id}>
            <button
              type="button"
              className="ws-tab"
              aria-current={list.id === current ? "page" : undefined}
              onClick={() => onSelect(list.id)}
            >
              {list.title} <span className="ws-count">{formatNumber(list.itemCount)}</span>
            </button>
          </li>
        ))}
        {isOpen ? (
          <li>
            <button type="button" className="ws-secondary" aria-expanded={adding} onClick={() => setAdding(!adding)}>
              {t("workshops.lists.new")}
            </button>
          </li>
        ) : null}
      </ul>
      {adding ? (
        <form className="ws-inline-form" onSubmit={submit}>
          <Field label={t("workshops.lists.title")} error={fieldErrors(create.error).title}>
            {(props) => (
              <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} />
            )}
          </Field>
          <button type="submit" disabled={create.isPending}>
            {t("workshops.lists.create")}
          </button>
        </form>
      ) : null}
    </nav>
  );
}
