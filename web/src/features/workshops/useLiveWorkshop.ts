/**
 * One EventSource per tab for the open workshop, feeding TanStack Query's caches. The browser
 * reconnects by itself with Last-Event-ID; when it gives up (the stream token expired, or the
 * server was away too long) a new token is fetched and the stream reopened after the last event
 * seen, so nothing is missed either way.
 */
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "../../api.ts";
import { applyToComments, applyToList, applyToWorkshop, type LiveEvent } from "./live.ts";
import {
  type CommentData,
  commentsKey,
  eventsUrl,
  historyKey,
  type ListData,
  listKey,
  type WorkshopData,
  workshopCommands,
  workshopKey,
} from "./queries.ts";

export type LiveStatus = "connecting" | "live" | "offline";

const reopenAfterMs = 2_000;

/** Puts one event into every cache it concerns. */
export function applyEvent(queryClient: QueryClient, id: string, event: LiveEvent, eventId: number): void {
  if (event.type === "reset") {
    void queryClient.invalidateQueries({ queryKey: workshopKey(id) });
    return;
  }
  const before = queryClient.getQueryData<WorkshopData>(workshopKey(id));
  if (event.type === "member" && event.removed && event.member.id === before?.me.id) {
    // This member was removed: the reload answers 404 and the page says so.
    void queryClient.invalidateQueries({ queryKey: workshopKey(id) });
    return;
  }
  queryClient.setQueryData<WorkshopData>(workshopKey(id), (data) => data && applyToWorkshop(data, event, eventId));
  const lists = queryClient.getQueryCache().findAll({ queryKey: ["workshops", id, "lists"] });
  for (const query of lists) {
    if (query.queryKey.length !== 4) continue;
    queryClient.setQueryData<ListData>(query.queryKey, (data) => data && applyToList(data, event, eventId));
  }
  if (event.type === "comment") {
    const key = commentsKey(id, event.comment.itemId);
    queryClient.setQueryData<{ items: CommentData[] }>(key, (data) => data && applyToComments(data, event));
  }
  if (event.type === "item") {
    void queryClient.invalidateQueries({ queryKey: historyKey(id, event.item.id) });
    // A step removed or restored with this member's dots on it changes how many they have left.
    const listed = queryClient.getQueryData<ListData>(listKey(id, event.item.listId));
    const wasListed = listed?.items.some((i) => i.id === event.item.id) ?? false;
    if (event.item.myDots > 0 && event.item.removed === wasListed) {
      void queryClient.invalidateQueries({ queryKey: workshopKey(id), exact: true });
    }
  }
  if (event.type === "workshop" && before) {
    const visibility = (w: Pick<WorkshopData, "votesHidden" | "lockedPhases">) =>
      `${w.votesHidden}|${w.lockedPhases.join()}`;
    if (visibility(before) !== visibility(event.workshop)) {
      void queryClient.invalidateQueries({ queryKey: ["workshops", id, "lists"] });
    }
  }
}

/** Follows the workshop live from the event id its first load included. */
export function useLiveWorkshop(id: string, secret: string, since: number | undefined): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const start = useRef<number | undefined>(undefined);
  start.current ??= since;
  const ready = since !== undefined;

  useEffect(() => {
    if (!ready) return;
    const commands = workshopCommands(id, secret);
    let last = start.current ?? 0;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const reopen = () => {
      source?.close();
      source = undefined;
      clearTimeout(timer);
      timer = setTimeout(() => void open(), reopenAfterMs);
    };

    async function open() {
      if (stopped) return;
      try {
        const { token } = await commands.streamToken();
        if (stopped) return;
        const stream = new EventSource(eventsUrl(id, token, last));
        source = stream;
        stream.onopen = () => setStatus("live");
        stream.onmessage = (message: MessageEvent<string>) => {
          const eventId = Number(message.lastEventId);
          if (Number.isFinite(eventId)) last = Math.max(last, eventId);
          applyEvent(queryClient, id, JSON.parse(message.data) as LiveEvent, eventId);
        };
        stream.onerror = () => {
          setStatus("offline");
          if (stream.readyState === EventSource.CLOSED) reopen();
        };
      } catch (error) {
        setStatus("offline");
        // Not (or no longer) a member: the page shows why; there is nothing to reconnect to.
        if (error instanceof ApiError && error.status === 404) return;
        reopen();
      }
    }

    void open();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(timer);
    };
  }, [id, secret, ready, queryClient]);

  return status;
}
