import { useMutation } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { clockTime, itemName, readerTimeZone, sameClock, toDurationText, zoneName } from "./agenda-time.ts";
import { useWorkshop } from "./context.tsx";
import { FeedbackRound, reviewedKinds } from "./Feedback.tsx";
import { FormError } from "./FormError.tsx";
import type { AgendaData, AgendaItemData } from "./queries.ts";

type Named = Pick<AgendaItemData, "id" | "kind" | "title">;

/** The name an item is shown by, in the reader's language when the facilitator gave it no title. */
export function useItemName() {
  const { t } = useI18n();
  return (items: Named[], item: Named) => {
    const name = itemName(items, item);
    return "title" in name ? name.title : t(name.key, name.values);
  };
}

/** The session's agenda as everyone sees it, live: where the group is, what is open, each item's times. */
export function Agenda() {
  const { t, locale } = useI18n();
  const { id, workshop, isFacilitator, isOpen } = useWorkshop();
  const [params] = useSearchParams();
  const list = params.get("list");
  const nameOf = useItemName();
  const agenda = workshop.agenda;
  if (!agenda) return null;
  const here = readerTimeZone();
  const current = agenda.items.find((item) => item.id === agenda.currentItemId);
  const showLocal = (instant: string) => !sameClock(instant, agenda.timeZone, here);
  const votingItem = agenda.items.find((item) => item.activity === "voting");
  return (
    <section className="ws-agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t("workshops.agenda.title")}</h2>
      <p className="ws-agenda-now" role="status">
        {current
          ? t("workshops.agenda.now", { name: nameOf(agenda.items, current) })
          : t(agenda.finishedAt ? "workshops.agenda.ended" : "workshops.agenda.notStarted")}
      </p>
      <ul className="ws-agenda-gates">
        <li>
          {agenda.votingOpen
            ? t("workshops.agenda.votingOpen")
            : votingItem
              ? t("workshops.agenda.votingOpensIn", { name: nameOf(agenda.items, votingItem) })
              : t("workshops.agenda.votingClosed")}
        </li>
        {agenda.listLocked ? <li>{t("workshops.agenda.listLocked")}</li> : null}
      </ul>
      {agenda.finishedAt ? (
        <p>
          <Link className="ws-button-link ws-secondary" to={`/w/${id}/print${list ? `?list=${list}` : ""}`}>
            {t("workshops.pack.link")}
          </Link>
        </p>
      ) : null}
      {isFacilitator && isOpen ? <RunControls agenda={agenda} /> : null}
      <ol className="ws-agenda-items">
        {agenda.items.map((item) => (
          <li
            key={item.id}
            className={item.id === agenda.currentItemId ? "ws-agenda-item ws-agenda-current" : "ws-agenda-item"}
            aria-current={item.id === agenda.currentItemId ? "step" : undefined}
          >
            <span className="ws-agenda-time">
              {item.plannedStart ? (
                <>
                  <time dateTime={item.plannedStart}>{clockTime(item.plannedStart, agenda.timeZone, locale)}</time>
                  {showLocal(item.plannedStart) ? (
                    <span className="ws-agenda-local">
                      {t("workshops.agenda.yourTime", { time: clockTime(item.plannedStart, here, locale) })}
                    </span>
                  ) : null}
                </>
              ) : null}
            </span>
            <span className="ws-agenda-name" dir="auto">
              {nameOf(agenda.items, item)}
            </span>
            <span className="ws-agenda-duration">{toDurationText(item.minutes)}</span>
            {item.activity ? (
              <span className="ws-badge">{t(`workshops.agenda.activity.${item.activity}` as MessageKey)}</span>
            ) : null}
            {item.startedAt ? (
              <span className="ws-agenda-ran">
                {t(item.endedAt ? "workshops.agenda.ran" : "workshops.agenda.running", {
                  from: clockTime(item.startedAt, here, locale),
                  to: item.endedAt ? clockTime(item.endedAt, here, locale) : "",
                })}
              </span>
            ) : null}
            {item.startedAt && reviewedKinds.includes(item.kind) ? (
              <FeedbackRound item={item} name={nameOf(agenda.items, item)} />
            ) : null}
          </li>
        ))}
      </ol>
      {agenda.startsAtUtc ? (
        <p className="muted ws-agenda-zones">
          {t("workshops.agenda.zones", {
            zone: `${agenda.timeZone} (${zoneName(agenda.startsAtUtc, agenda.timeZone, locale)})`,
            yours: `${here} (${zoneName(agenda.startsAtUtc, here, locale)})`,
          })}
        </p>
      ) : null}
    </section>
  );
}

/** The facilitator moves the group through the agenda; a second press of a stale button is refused by the server. */
function RunControls({ agenda }: { agenda: AgendaData }) {
  const { t } = useI18n();
  const { commands } = useWorkshop();
  const nameOf = useItemName();
  const from = agenda.currentItemId;
  const index = agenda.items.findIndex((item) => item.id === from);
  const next = agenda.finishedAt ? undefined : agenda.items[index + 1];
  const move = useMutation({
    mutationFn: (kind: "advance" | "back" | "extend") => {
      if (kind === "advance") return commands.advanceAgenda(from);
      if (kind === "back") return commands.backAgenda(from);
      return commands.extendAgenda(from, 5);
    },
  });
  const running = from !== null;
  const started = running || agenda.finishedAt !== null;
  return (
    <div className="ws-agenda-run">
      <button
        type="button"
        disabled={move.isPending || agenda.finishedAt !== null}
        onClick={() => move.mutate("advance")}
      >
        {!started
          ? t("workshops.agenda.start")
          : next
            ? t("workshops.agenda.next", { name: nameOf(agenda.items, next) })
            : t("workshops.agenda.end")}
      </button>
      <button
        type="button"
        className="ws-secondary"
        disabled={move.isPending || !started || index === 0}
        onClick={() => move.mutate("back")}
      >
        {t("workshops.agenda.back")}
      </button>
      <button
        type="button"
        className="ws-secondary"
        disabled={move.isPending || !running}
        onClick={() => move.mutate("extend")}
      >
        {t("workshops.agenda.extend", { minutes: 5 })}
      </button>
      <FormError error={move.error} inline />
    </div>
  );
}
