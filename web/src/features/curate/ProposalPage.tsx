import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { Link, useParams } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { Decisions } from "./Decisions.tsx";
import { Duplicates } from "./Duplicates.tsx";
import { useRecordFieldLabel } from "./field-labels.ts";
import { type ProposalDetail, proposalOptions } from "./queries.ts";
import { LinkText, Value } from "./values.tsx";

/** One proposal for review: what changes field by field, what it brings, what it may duplicate, the talk. */
export function ProposalPage() {
  const { id = "" } = useParams();
  const { t, locale, formatDate } = useI18n();
  const query = useQuery(proposalOptions(id));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const p = query.data;
  return (
    <article className="curate-proposal">
      <p className="breadcrumb">
        <Link to="/curate">{t("curate.nav.queue")}</Link>
      </p>
      <h1>{p.title}</h1>
      <p className="meta">
        {/* Each part isolated, so a Latin name or a date keeps its order inside Arabic text. */}
        {[
          t(`curate.kind.${p.kind}` as MessageKey),
          t(`curate.action.${p.action}` as MessageKey),
          t(`contribute.proposalStatus.${p.status}` as MessageKey),
          p.country ? countryName(p.country, locale) : null,
          t("curate.proposal.by", { name: p.proposerName ?? t("curate.anonymous") }),
          formatDate(p.createdAt),
        ]
          .filter(Boolean)
          .map((part, i) => (
            <Fragment key={part}>
              {i > 0 ? " · " : null}
              <bdi>{part}</bdi>
            </Fragment>
          ))}
      </p>
      {typeof p.body.note === "string" && p.body.note ? (
        <p className="note">{t("curate.proposal.note", { note: p.body.note })}</p>
      ) : null}
      <Changes p={p} />
      <Brought p={p} />
      <Duplicates p={p} />
      <Thread p={p} />
      <Decisions p={p} />
    </article>
  );
}

function Changes({ p }: { p: ProposalDetail }) {
  const { t } = useI18n();
  const label = useRecordFieldLabel();
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{p.current ? t("curate.proposal.changes") : t("curate.proposal.newRecord")}</h2>
      <table className="table diff">
        <thead>
          <tr>
            <th scope="col">{t("curate.diff.field")}</th>
            {p.current ? <th scope="col">{t("curate.diff.before")}</th> : null}
            <th scope="col">{p.current ? t("curate.diff.after") : t("curate.diff.value")}</th>
          </tr>
        </thead>
        <tbody>
          {p.changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{label(c.field)}</th>
              {p.current ? (
                <td className="diff-before">
                  <Value value={c.before} />
                </td>
              ) : null}
              <td className="diff-after">
                <Value value={c.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The new stakeholders and sources the proposal brings with it. */
function Brought({ p }: { p: ProposalDetail }) {
  const { t } = useI18n();
  if (p.newStakeholders.length === 0 && p.newSources.length === 0) return null;
  return (
    <section aria-labelledby="brought-heading">
      <h2 id="brought-heading">{t("curate.proposal.brings")}</h2>
      {p.newStakeholders.length ? (
        <>
          <h3>{t("curate.proposal.newStakeholders")}</h3>
          <ul>
            {p.newStakeholders.map((s) => (
              <li key={String(s.id)}>
                <strong>{String(s.name)}</strong> <span className="muted">({String(s.type)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.newSources.length ? (
        <>
          <h3>{t("curate.proposal.newSources")}</h3>
          <ul>
            {p.newSources.map((s) => (
              <li key={String(s.id)}>
                {String(s.title)}
                {s.publisher ? `, ${String(s.publisher)}` : ""}
                {s.year ? ` (${String(s.year)})` : ""}: <LinkText url={String(s.url)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Thread({ p }: { p: ProposalDetail }) {
  const { t, formatDate } = useI18n();
  if (p.messages.length === 0) return null;
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t("contribute.status.messages")}</h2>
      <ol className="messages">
        {p.messages.map((m) => (
          <li key={`${m.createdAt}-${m.author}-${m.kind}`} className={`message message-${m.author}`}>
            <p className="message-head">
              <strong>
                <bdi>
                  {m.author === "curator" && m.curatorName
                    ? m.curatorName
                    : m.author === "proposer"
                      ? t("curate.proposer")
                      : t(`contribute.author.${m.author}` as MessageKey)}
                </bdi>
              </strong>
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
