import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { CopyButton } from "../workshops/CopyButton.tsx";
import { followLink } from "./queries.ts";
import { rememberProposal } from "./remembered.ts";

/** After sending: the private link, the only way back to the proposal, to keep. */
export function SentPanel({ id, secret, title }: { id: string; secret: string; title: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const link = followLink(id, secret);
  useEffect(() => {
    rememberProposal({ id, secret, title, sentAt: new Date().toISOString() });
    heading.current?.focus();
  }, [id, secret, title]);
  return (
    <section className="contribute-sent" aria-labelledby="sent-heading">
      <h2 id="sent-heading" ref={heading} tabIndex={-1}>
        {t("contribute.sent.title")}
      </h2>
      <p>{t("contribute.sent.explain")}</p>
      <p className="private-link">
        <code>{link}</code>
      </p>
      <p className="actions">
        <CopyButton text={link} label={t("contribute.sent.copy")} />
        <Link to={`/contribute/${id}#k=${secret}`}>{t("contribute.sent.open")}</Link>
      </p>
    </section>
  );
}
