/**
 * How one event from the workshop's stream changes each cached resource. Pure: the hook in
 * useLiveWorkshop.ts only finds the caches and stores the results. Every cache records the id of
 * the latest event it includes, so an event already included (or replayed twice) changes nothing.
 */
import type { WorkshopEvent } from "@atlas/api/app";
import type { CommentData, ItemData, ListData, WorkshopData } from "./queries.ts";

export type LiveEvent = WorkshopEvent;

const byPosition = <T extends { position: number; id: string }>(a: T, b: T) =>
  a.position - b.position || (a.id < b.id ? -1 : 1);

/** A stream event carries its id; a command's own answer, put in the same way, has none. */
const isNew = (data: { eventId: number }, eventId: number | undefined) =>
  eventId === undefined || eventId > data.eventId;
const withEventId = <T extends { eventId: number }>(data: T, eventId: number | undefined): T =>
  eventId === undefined ? { ...data } : { ...data, eventId };

export function applyToWorkshop(data: WorkshopData, event: LiveEvent, eventId?: number): WorkshopData {
  if (!isNew(data, eventId)) return data;
  const next = withEventId(data, eventId);
  switch (event.type) {
    case "workshop":
      return { ...next, ...event.workshop };
    case "member": {
      const others = next.members.filter((m) => m.id !== event.member.id);
      if (event.removed) return { ...next, members: others };
      return others.length < next.members.length ? next : { ...next, members: [...next.members, event.member] };
    }
    case "list": {
      const others = next.lists.filter((l) => l.id !== event.list.id);
      return { ...next, lists: event.list.removed ? others : [...others, event.list].sort(byPosition) };
    }
    case "item": {
      // The stream's event counts the steps of the list; a command's own answer does not.
      const { itemCount } = event;
      if (itemCount === undefined) return next;
      const lists = next.lists.map((l) => (l.id === event.item.listId ? { ...l, itemCount } : l));
      return { ...next, lists };
    }
    case "vote":
      return event.used === undefined ? next : { ...next, myDotsUsed: event.used };
    default:
      return next;
  }
}

export function applyToList(data: ListData, event: LiveEvent, eventId?: number): ListData {
  if (!isNew(data, eventId)) return data;
  const next = withEventId(data, eventId);
  const mapItem = (id: string, change: (item: ItemData) => ItemData) => ({
    ...next,
    items: next.items.map((item) => (item.id === id ? change(item) : item)),
  });
  switch (event.type) {
    case "item": {
      if (event.item.listId !== data.list.id) return next;
      const others = next.items.filter((i) => i.id !== event.item.id);
      const items = event.item.removed ? others : [...others, event.item].sort(byPosition);
      return { ...next, list: { ...next.list, itemCount: event.itemCount ?? next.list.itemCount }, items };
    }
    case "order": {
      if (event.listId !== data.list.id) return next;
      const rank = new Map(event.order.map((id, index) => [id, index]));
      const items = next.items.map((i) => ({ ...i, position: rank.get(i.id) ?? event.order.length + i.position }));
      return { ...next, items: items.sort(byPosition) };
    }
    case "vote":
      if (event.listId !== data.list.id) return next;
      return mapItem(event.itemId, (item) => ({
        ...item,
        votes: event.votes,
        myDots: event.myDots ?? item.myDots,
      }));
    case "comment":
      if (event.listId !== data.list.id) return next;
      return mapItem(event.comment.itemId, (item) => ({ ...item, commentCount: event.commentCount }));
    case "list":
      return event.list.id === data.list.id ? { ...next, list: event.list } : next;
    default:
      return next;
  }
}

/** Comments carry no event id of their own: a comment is put in place by its id, so repeats are harmless. */
export function applyToComments(data: { items: CommentData[] }, event: LiveEvent): { items: CommentData[] } {
  return event.type === "comment" ? withComment(data, event.comment) : data;
}

/** The thread with this comment in its place (replacing an older copy of it) or added at the end. */
export function withComment(data: { items: CommentData[] }, comment: CommentData): { items: CommentData[] } {
  const exists = data.items.some((c) => c.id === comment.id);
  return { items: exists ? data.items.map((c) => (c.id === comment.id ? comment : c)) : [...data.items, comment] };
}

/** Feedback added once, by its id, however often its event arrives. */
export function withFeedback<T extends { id: string }>(data: { items: T[] }, feedback: T): { items: T[] } {
  return data.items.some((f) => f.id === feedback.id) ? data : { items: [...data.items, feedback] };
}

/** The order of a list's steps, as ids. */
export const orderOf = (data: ListData) => data.items.map((i) => i.id);
