import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { Field } from "../../components/Field.tsx";
import { FormAlert } from "../../components/FormAlert.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import { useCurator } from "./CurateLayout.tsx";
import { decisions, type ProposalDetail } from "./queries.ts";

type Action = "ask" | "accept" | "reject";
const pagePath = { case: "cases", stakeholder: "stakeholders", currency: "currencies" } as const;

/** Ask the proposer, accept (publish at once) or reject with a reason; one message box, three verbs. */
export function Decisions({ p }: { p: ProposalDetail }) {
  const { t } = useI18n();
  const me = useCurator();
  const client = useQueryClient();
  const [message, setMessage] = useState("");
  const [published, setPublished] = useState<{ kind: keyof typeof pagePath; id: string } | null>(null);
  const decide = useMutation({
    mutationFn: async (action: Action) => {
      if (action === "ask") await decisions.ask(me.csrfToken, p.id, p.version, message);
      if (action === "reject") await decisions.reject(me.csrfToken, p.id, p.version, message);
      if (action === "accept")
        setPublished(await decisions.accept(me.csrfToken, p.id, p.version, message || undefined));
    },
    onSuccess: () => {
      setMessage("");
      return client.invalidateQueries({ queryKey: ["curation"] });
    },
  });
  if (published) {
    return (
      <p className="note" role="status">
        {t("curate.decide.published")}{" "}
        <Link to={`/${pagePath[published.kind]}/${published.id}`}>{t("curate.decide.seeRecord")}</Link>
      </p>
    );
  }
  if (p.status !== "pending" && p.status !== "changes-requested") return null;
  const errors = errorsByPath(decide.error);
  const whole = formError(decide.error, errors);
  const submit = (e: FormEvent) => e.preventDefault();
  return (
    <form className="curate-decide" onSubmit={submit}>
      <h2>{t("curate.decide.title")}</h2>
      <Field
        label={t("curate.decide.message")}
        hint={t("curate.decide.messageHint")}
        error={errors.message ?? errors.reason}
      >
        {(c) => <textarea {...c} rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      <FormAlert message={whole} />
      <div className="actions">
        <button type="button" className="primary" disabled={decide.isPending} onClick={() => decide.mutate("accept")}>
          {t("curate.decide.accept")}
        </button>
        <button type="button" className="secondary" disabled={decide.isPending} onClick={() => decide.mutate("ask")}>
          {t("curate.decide.ask")}
        </button>
        <button type="button" className="danger" disabled={decide.isPending} onClick={() => decide.mutate("reject")}>
          {t("curate.decide.reject")}
        </button>
      </div>
    </form>
  );
}
