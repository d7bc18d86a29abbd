import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { Field } from "../../components/Field.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { errorsByPath, formError } from "../../lib/form-errors.ts";
import {
  answerContribution,
  type ContributionStatus,
  contributionKey,
  contributionOptions,
  withdrawContribution,
} from "./queries.ts";
import "./contribute.css";
import { FormAlert } from "../../components/FormAlert.tsx";

const recordPath = { case: "cases", stakeholder: "stakeholders", currency: "currencies" } as const;

/** The secret of a private link: after `#k=`, a part of the address browsers never send to a server. */
const secretOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, "")).get("k") ?? "";

/** Where a proposer follows their proposal: its status, the curators' questions, their answers. */
export function StatusPage() {
  const { id = "" } = useParams();
  const { hash } = useLocation();
  const { t } = useI18n();
  const secret = secretOf(hash);
  const query = useQuery({ ...contributionOptions(id, secret), enabled: secret !== "" });
  if (!secret) return <p className="state state-error">{t("contribute.status.noSecret")}</p>;
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const p = query.data;
  const open = p.status === "pending" || p.status === "changes-requested";
  return (
    <article className="contribute-page">
      <p className="breadcrumb">
        <Link to="/contribute">{t("contribute.title")}</Link>
      </p>
      <h1>{p.title}</h1>
      <p className={`proposal-status status-${p.status}`} role="status">
        {t(`contribute.proposalStatus.${p.status}` as MessageKey)}
      </p>
      <p className="muted">{t("contribute.status.keepLink")}</p>
      {p.record && (p.status === "accepted" || p.status === "merged") ? (
        <p>
          <Link to={`/${recordPath[p.record.kind]}/${p.record.id}`}>{t("contribute.status.seeRecord")}</Link>
        </p>
      ) : null}
      <Messages status={p} />
      {open ? <AnswerForm id={id} secret={secret} asked={p.status === "changes-requested"} /> : null}
      {open ? <Withdraw id={id} secret={secret} /> : null}
    </article>
  );
}

function Messages({ status }: { status: ContributionStatus }) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">{t("contribute.status.messages")}</h2>
      {status.messages.length === 0 ? <p className="muted">{t("contribute.status.noMessages")}</p> : null}
      <ol className="messages">
        {status.messages.map((m) => (
          <li key={`${m.createdAt}-${m.author}-${m.kind}`} className={`message message-${m.author}`}>
            <p className="message-head">
              <strong>{t(`contribute.author.${m.author}` as MessageKey)}</strong>
              {" · "}
              {t(`contribute.messageKind.${m.kind}` as MessageKey)}
              {" · "}
              <bdi>
                <time dateTime={m.createdAt}>{formatDate(m.createdAt)}</time>
              </bdi>
            </p>
            <p className="message-body">{m.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function AnswerForm({ id, secret, asked }: { id: string; secret: string; asked: boolean }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [body, setBody] = useState("");
  const send = useMutation({
    mutationFn: () => answerContribution(id, secret, body),
    onSuccess: (status) => {
      client.setQueryData(contributionKey(id), status);
      setBody("");
    },
  });
  const errors = errorsByPath(send.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  return (
    <form onSubmit={submit} className="answer-form">
      <h2>{asked ? t("contribute.status.answerTitle") : t("contribute.status.addNote")}</h2>
      <Field label={t("contribute.status.answer")} error={errors.body}>
        {(p) => <textarea {...p} rows={4} required value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <FormAlert message={formError(send.error, errors)} />
      <button type="submit" className="primary" disabled={send.isPending}>
        {t("contribute.status.send")}
      </button>
    </form>
  );
}

function Withdraw({ id, secret }: { id: string; secret: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => withdrawContribution(id, secret),
    onSuccess: (status) => client.setQueryData(contributionKey(id), status),
  });
  return (
    <p>
      <button
        type="button"
        className="danger"
        onClick={() => window.confirm(t("contribute.status.withdrawConfirm")) && withdraw.mutate()}
      >
        {t("contribute.status.withdraw")}
      </button>
    </p>
  );
}
