import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { toDotBudget } from "./budget.ts";
import { CopyButton } from "./CopyButton.tsx";
import { useWorkshop } from "./context.tsx";
import { loadJoinCode } from "./join-code.ts";
import { toMemberLink } from "./secrets.ts";
import { Timer } from "./Timer.tsx";
import type { LiveStatus } from "./useLiveWorkshop.ts";

/** What the workshop is about, who you are in it, the timer, your dots left, and how to bring others in. */
export function WorkshopHeader({ status }: { status: LiveStatus }) {
  const { t, tp } = useI18n();
  const { id, secret, workshop, isFacilitator, isOpen } = useWorkshop();
  const { left, over } = toDotBudget(workshop.dotsPerMember, workshop.myDotsUsed);
  const code = isFacilitator ? loadJoinCode(id) : undefined;
  const link = toMemberLink(window.location.origin, id, secret);
  return (
    <header className="ws-header">
      <div className="ws-header-main">
        <p className="breadcrumb">
          <Link to="/workshops">{t("workshops.title")}</Link>
        </p>
        <h1 dir="auto">{workshop.title}</h1>
        <p className="meta">
          {[
            workshop.territory,
            t("workshops.header.you", {
              name: workshop.me.name,
              role: t(`workshops.role.${workshop.me.role}` as MessageKey),
            }),
            tp("workshops.header.members", workshop.members.length),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {workshop.challenge ? (
          <p className="ws-challenge" dir="auto">
            {workshop.challenge}
          </p>
        ) : null}
        {isOpen ? null : (
          <p className="note" role="status">
            {t("workshops.header.closed")}
          </p>
        )}
      </div>
      <div className="ws-header-side">
        <p className={`ws-live ws-live-${status}`} role="status">
          {t(`workshops.live.${status}` as MessageKey)}
        </p>
        <Timer />
        <p className="ws-dots-left" aria-live="polite">
          {tp("workshops.dots.left", left, { total: workshop.dotsPerMember })}
        </p>
        {over > 0 ? (
          <p className="note ws-over-budget" role="status">
            {tp("workshops.dots.over", over, { total: workshop.dotsPerMember })}
          </p>
        ) : null}
        {code && isOpen ? (
          <div className="ws-share-code">
            <span>{t("workshops.header.code")}</span> <strong className="ws-code-inline">{code}</strong>{" "}
            <CopyButton text={code} label={t("workshops.copy.code")} />
          </div>
        ) : null}
        <details className="ws-share">
          <summary>{t("workshops.header.yourLink")}</summary>
          <p className="muted">{t("workshops.header.yourLinkHelp")}</p>
          <p className="ws-link">
            <code>{link}</code>
          </p>
          <CopyButton text={link} label={t("workshops.copy.link")} />
        </details>
      </div>
    </header>
  );
}
