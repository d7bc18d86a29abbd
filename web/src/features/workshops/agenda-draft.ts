/**
 * The facilitator's agenda while being edited: fields as the form holds them (minutes as typed),
 * moved and removed locally, sent whole on save; the server's 400 placed next to each field.
 */
import { ApiError } from "../../api.ts";
import type { AgendaData, AgendaInput, AgendaItemData } from "./queries.ts";

type Kind = AgendaItemData["kind"];

export interface DraftItem {
  /** The item's id, or a local key for an item not saved yet. */
  key: string;
  id?: string;
  kind: Kind;
  title: string;
  minutes: string;
  activity: "" | "voting" | "closing";
  designers: string[];
}

export interface AgendaDraft {
  startsAt: string;
  timeZone: string;
  items: DraftItem[];
}

export function toDraft(agenda: AgendaData): AgendaDraft {
  return {
    startsAt: agenda.startsAt ?? "",
    timeZone: agenda.timeZone,
    items: agenda.items.map((item) => ({
      key: item.id,
      id: item.id,
      kind: item.kind,
      title: item.title,
      minutes: String(item.minutes),
      activity: item.activity ?? "",
      designers: item.designers,
    })),
  };
}

/** The draft as the API takes it; minutes that are not a number go as 0, which the server refuses next to the field. */
export function toAgendaInput(draft: AgendaDraft, version: number): AgendaInput {
  return {
    version,
    startsAt: draft.startsAt === "" ? null : draft.startsAt.slice(0, 16),
    timeZone: draft.timeZone,
    items: draft.items.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      kind: item.kind,
      title: item.title,
      minutes: Number.isFinite(Number(item.minutes)) ? Math.round(Number(item.minutes)) : 0,
      activity: item.activity === "" ? null : item.activity,
      designers: item.designers,
    })),
  };
}

/** The draft with one item moved one place up (-1) or down (1); unchanged at either end. */
export function moveDraftItem(draft: AgendaDraft, index: number, by: -1 | 1): AgendaDraft {
  const target = index + by;
  if (target < 0 || target >= draft.items.length) return draft;
  const items = [...draft.items];
  const [moved] = items.splice(index, 1);
  if (moved) items.splice(target, 0, moved);
  return { ...draft, items };
}

/** The 400's messages by field: `startsAt`, `items` (the list as a whole), `items.2.minutes`… */
export function draftErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    const key = typeof detail.path === "string" ? detail.path : detail.parameter;
    if (typeof key === "string" && typeof detail.message === "string" && !out[key]) out[key] = detail.message;
  }
  return out;
}
