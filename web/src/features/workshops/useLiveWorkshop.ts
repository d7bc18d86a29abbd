/**
 * One EventSource per tab for the open workshop, feeding TanStack Query's caches. The browser
 * reconnects by itself with Last-Event-ID; when it gives up (the stream token expired, or the
 * server was away too long) a new token is fetched and the stream reopened after the last event
 * seen, so nothing is missed either way.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "../../api.ts";
import type { LiveEvent } from "./live.ts";
import { applyEvent, eventsUrl, workshopCommands } from "./queries.ts";
import { toReopenDelayMs } from "./reconnect.ts";

export type LiveStatus = "connecting" | "live" | "offline";

/** Follows the workshop live from the event id its first load included. */
export function useLiveWorkshop(id: string, secret: string, since: number | undefined): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const start = useRef<number | undefined>(undefined);
  start.current ??= since;
  const ready = since !== undefined;

  useEffect(() => {
    if (!ready) return;
    const commands = workshopCommands(id, secret, queryClient);
    let last = start.current ?? 0;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    /** Streams in a row the server refused (an expired token, too many streams open). */
    let refusals = 0;

    const reopen = () => {
      source?.close();
      source = undefined;
      clearTimeout(timer);
      timer = setTimeout(() => void open(), toReopenDelayMs(refusals));
    };

    async function open() {
      if (stopped) return;
      try {
        const { token } = await commands.streamToken();
        if (stopped) return;
        const stream = new EventSource(eventsUrl(id, token, last));
        source = stream;
        stream.onopen = () => {
          refusals = 0;
          setStatus("live");
        };
        stream.onmessage = (message: MessageEvent<string>) => {
          const eventId = Number(message.lastEventId);
          if (Number.isFinite(eventId)) last = Math.max(last, eventId);
          applyEvent(queryClient, id, JSON.parse(message.data) as LiveEvent, eventId);
        };
        stream.onerror = () => {
          setStatus("offline");
          // CLOSED: the server answered, but not with a stream (the browser retries network errors itself).
          if (stream.readyState !== EventSource.CLOSED) return;
          refusals++;
          reopen();
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
