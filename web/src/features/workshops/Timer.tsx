import { useMemo } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { useItemName } from "./Agenda.tsx";
import { useWorkshop } from "./context.tsx";
import { useNow } from "./useNow.ts";

/** Minutes and seconds, e.g. 4:05 (or 1:02:03 past an hour). */
export function formatDuration(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The facilitator's timer as everyone sees it, counted from the time left when it arrived. */
export function Timer() {
  const { t } = useI18n();
  const { timer, agenda } = useWorkshop().workshop;
  const nameOf = useItemName();
  const current = agenda?.items.find((item) => item.id === agenda.currentItemId);
  const endsAt = useMemo(() => (timer ? Date.now() + timer.remainingMs : undefined), [timer]);
  const now = useNow(endsAt === undefined ? null : 1000);
  if (!timer || endsAt === undefined) return null;
  const left = Math.max(0, endsAt - now);
  return (
    <p className={left === 0 ? "ws-timer ws-timer-done" : "ws-timer"} role="timer">
      <span className="ws-timer-label">
        {timer.label || (agenda && current ? nameOf(agenda.items, current) : t("workshops.timer.title"))}
      </span>{" "}
      <strong>{left === 0 ? t("workshops.timer.done") : formatDuration(left)}</strong>
    </p>
  );
}
