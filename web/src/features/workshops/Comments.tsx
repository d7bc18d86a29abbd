import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Loading } from "../../components/States.tsx";
import { UserText } from "../../components/UserText.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { fieldErrors } from "../../lib/form-errors.ts";
import { useWorkshop } from "./context.tsx";
import { Field } from "./Field.tsx";
import { FormError } from "./FormError.tsx";
import { commentsOptions, type ItemData } from "./queries.ts";

/** The discussion of a step; the facilitator can remove a comment (its place stays, its words go). */
export function Comments({ item }: { item: ItemData }) {
  const { t, formatDate } = useI18n();
  const { id, secret, commands, isFacilitator, isOpen } = useWorkshop();
  const query = useQuery(commentsOptions(id, item.id, secret));
  const [body, setBody] = useState("");
  const add = useMutation({
    mutationFn: () => commands.addComment(item.id, body),
    onSuccess: () => setBody(""),
  });
  const remove = useMutation({ mutationFn: (commentId: string) => commands.removeComment(commentId) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <section className="ws-comments" aria-label={t("workshops.comments.title", { title: item.title })}>
      {query.isPending ? <Loading /> : null}
      {query.data?.items.length === 0 ? <p className="muted">{t("workshops.comments.none")}</p> : null}
      <ol>
        {query.data?.items.map((c) => (
          <li key={c.id}>
            <p className="meta">
              <strong>{c.author.name}</strong> · <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
            </p>
            {c.removed ? (
              <p className="muted">{t("workshops.comments.removed")}</p>
            ) : (
              <p dir="auto">
                <UserText text={c.body ?? ""} />
              </p>
            )}
            {isFacilitator && isOpen && !c.removed ? (
              <button type="button" className="link-button" onClick={() => remove.mutate(c.id)}>
                {t("workshops.comments.remove")}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {isOpen ? (
        <form onSubmit={submit}>
          <Field label={t("workshops.comments.add")} error={fieldErrors(add.error).body}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                maxLength={2000}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                required
              />
            )}
          </Field>
          <FormError error={add.error ?? remove.error} />
          <button type="submit" disabled={add.isPending}>
            {t("workshops.comments.send")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
