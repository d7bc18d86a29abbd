/**
 * How the agenda's times read: an instant as a clock time in a time zone, the zones worth showing
 * to this reader, and an item's name when the facilitator gave it none. Pure, for the components.
 */
import type { MessageKey } from "../../i18n/translate.ts";
import type { AgendaItemData } from "./queries.ts";

/** The reader's own time zone, as the browser knows it. */
export const readerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A clock time (e.g. 09:20) of an instant in a zone, in the reader's language. */
export function clockTime(instant: string | number, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, hour: "2-digit", minute: "2-digit" }).format(
    new Date(instant),
  );
}

/** A zone's short name at an instant (CEST, GMT+3), in the reader's language. */
export function zoneName(instant: string | number, zone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" }).formatToParts(
    new Date(instant),
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}

/** Whether two zones show the same clock time at an instant (then one column is enough). */
export const sameClock = (instant: string | number, a: string, b: string) =>
  clockTime(instant, a, "en") === clockTime(instant, b, "en");

/** Roman numerals for the programme's "Live webinar I, II". */
const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * An item's name: the facilitator's title, or its kind's name, webinars numbered in order as the
 * programme numbers them. Returns the message key and its values, for t().
 */
export function itemName(
  items: Pick<AgendaItemData, "id" | "kind" | "title">[],
  item: Pick<AgendaItemData, "id" | "kind" | "title">,
): { title: string } | { key: MessageKey; values?: Record<string, string> } {
  if (item.title) return { title: item.title };
  const key = `workshops.agenda.kind.${item.kind}` as MessageKey;
  if (item.kind !== "webinar") return { key };
  const webinars = items.filter((i) => i.kind === "webinar");
  const n = webinars.findIndex((i) => i.id === item.id);
  return { key: "workshops.agenda.webinarNumbered", values: { n: roman[n] ?? String(n + 1) } };
}

/** Minutes as the programme writes them: 15', 1 h, 1 h 30'. */
export function toDurationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}′`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest}′`;
}
