/**
 * The change feed as one member sees it: each stored event, redacted for that member (vote totals
 * while votes are hidden, other members' dots) and shaped for the client's cache.
 */
import {
  type CommentRecord,
  type ItemRecord,
  type ListRecord,
  parseJson,
  toComment,
  toList,
  toViewerItem,
  toWorkshopSettings,
  type Viewer,
  type WorkshopRecord,
} from "./records.ts";

export interface StoredEvent {
  id: number;
  workshopId: string;
  type: string;
  payload: string;
}

type Stored =
  | { type: "workshop"; workshop: WorkshopRecord }
  | { type: "member"; member: { id: string; name: string; role: "facilitator" | "participant" }; removed?: boolean }
  | { type: "list"; list: ListRecord }
  | { type: "item"; item: ItemRecord }
  | { type: "order"; listId: string; order: string[] }
  | {
      type: "vote";
      listId: string;
      itemId: string;
      memberId: string;
      dots: number;
      total: number;
      used: number;
      hidden: boolean | 0 | 1;
    }
  | { type: "comment"; listId: string; comment: CommentRecord; commentCount: number };

/** The event as sent to one member; `reset` tells a client it missed too much and should reload. */
export function toViewerEvent(event: StoredEvent, viewer: Viewer, now = Date.now()) {
  const stored = { ...parseJson<object>(event.payload), type: event.type } as Stored;
  switch (stored.type) {
    case "workshop":
      return { type: stored.type, workshop: toWorkshopSettings(stored.workshop, now) };
    case "member":
      return { type: stored.type, member: stored.member, removed: Boolean(stored.removed) };
    case "list":
      return { type: stored.type, list: toList(stored.list) };
    case "item":
      return { type: stored.type, item: toViewerItem(stored.item, viewer) };
    case "order":
      return { type: stored.type, listId: stored.listId, order: stored.order };
    case "vote": {
      const own = stored.memberId === viewer.memberId;
      return {
        type: stored.type,
        listId: stored.listId,
        itemId: stored.itemId,
        votes: stored.hidden && viewer.role !== "facilitator" ? null : stored.total,
        ...(own ? { myDots: stored.dots, used: stored.used } : {}),
      };
    }
    case "comment":
      return {
        type: stored.type,
        listId: stored.listId,
        comment: toComment(stored.comment),
        commentCount: stored.commentCount,
      };
  }
}

export type WorkshopEvent = NonNullable<ReturnType<typeof toViewerEvent>> | { type: "reset" };

/** The member was removed by this event: their stream ends after it, and they cannot open another. */
export const removesViewer = (event: WorkshopEvent | undefined, viewer: Viewer) =>
  event?.type === "member" && event.removed && event.member.id === viewer.memberId;
