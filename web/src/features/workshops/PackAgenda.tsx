import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useItemName } from "./Agenda.tsx";
import { clockTime, toDurationText, zoneName } from "./agenda-time.ts";
import type { AgendaData, WorkshopData } from "./queries.ts";

/** The agenda as run, in the session's time zone: each item as planned and as it ran, and who designed it. */
export function PackAgenda({ agenda, members }: { agenda: AgendaData | null; members: WorkshopData["members"] }) {
  const { t, locale } = useI18n();
  const nameOf = useItemName();
  if (!agenda) return null;
  const zone = agenda.timeZone;
  const at = (instant: string | number) => clockTime(instant, zone, locale);
  const memberName = (memberId: string) => members.find((m) => m.id === memberId)?.name ?? "";
  const reference = agenda.startsAtUtc ?? agenda.items.find((i) => i.startedAt)?.startedAt ?? Date.now();
  return (
    <section className="ws-pack-section" aria-labelledby="pack-agenda">
      <h2 id="pack-agenda">{t("workshops.pack.agenda")}</h2>
      <p className="muted">{t("workshops.pack.times", { zone: `${zone} (${zoneName(reference, zone, locale)})` })}</p>
      <table className="ws-pack-table">
        <thead>
          <tr>
            <th scope="col">{t("workshops.pack.item")}</th>
            <th scope="col">{t("workshops.pack.planned")}</th>
            <th scope="col">{t("workshops.pack.ran")}</th>
          </tr>
        </thead>
        <tbody>
          {agenda.items.map((item, index) => (
            <tr key={item.id}>
              <th scope="row">
                <span dir="auto">{`${index + 1}. ${nameOf(agenda.items, item)}`}</span>
                {item.activity ? (
                  <span className="ws-badge">{t(`workshops.agenda.activity.${item.activity}` as MessageKey)}</span>
                ) : null}
                {item.designers.length ? (
                  <span className="ws-pack-designers">
                    {t("workshops.feedback.designedBy", { names: item.designers.map(memberName).join(", ") })}
                  </span>
                ) : null}
              </th>
              <td>
                {[item.plannedStart ? at(item.plannedStart) : "", toDurationText(item.minutes)]
                  .filter(Boolean)
                  .join(" · ")}
              </td>
              <td>
                {item.startedAt
                  ? [
                      `${at(item.startedAt)}–${item.endedAt ? at(item.endedAt) : ""}`,
                      item.endedAt
                        ? toDurationText(Math.max(1, Math.round((item.endedAt - item.startedAt) / 60_000)))
                        : "",
                    ]
                      .filter(Boolean)
                      .join(" · ")
                  : t("workshops.pack.notRun")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
