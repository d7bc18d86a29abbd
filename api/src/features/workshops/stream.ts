/**
 * Live updates over server-sent events, from the change feed stored in the database (events.ts),
 * followed through this process's hub (hub.ts). A stream first replays what its client missed
 * (Last-Event-ID or `since`), then follows the hub. A client behind the feed's pruned part
 * (prune.ts), or too far behind, is sent `reset` instead. EventSource cannot send the secret, so a
 * stream opens with a short-lived token (auth.ts).
 */
import type { Database } from "@atlas/db/client";
import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { type AppEnv, featureApp } from "../../http/feature-app.ts";
import { failure, jsonBody, ok } from "../../http/openapi.ts";
import { clientAddress } from "../../http/rate-limit.ts";
import { authenticate, createStreamToken, verifyStreamToken } from "./auth.ts";
import { feedPositionSql, removesViewer, type StoredEvent, toViewerEvent } from "./events.ts";
import { eventHub, reconnectHint } from "./hub.ts";
import type { Viewer } from "./records.ts";
import * as s from "./schema.ts";
import { streamLimits, streamRetryAfterSeconds, streamSlots } from "./stream-limits.ts";

/** A slot among the streams open at once, or 429 with Retry-After. */
function takeStreamSlot(c: Context<AppEnv>, viewer: Viewer): () => void {
  try {
    return streamSlots(c.env.db).take(viewer.memberId, clientAddress(c));
  } catch (error) {
    c.header("retry-after", String(streamRetryAfterSeconds));
    throw error;
  }
}

const heartbeatMs = 15_000;
const retryMs = 2_000;
/** A client further behind than this reloads instead of replaying. */
const replayLimit = 2_000;

function readEvents(db: Database, workshopId: string, since: number, limit: number) {
  return db.all<StoredEvent>(sql`SELECT id, workshop_id AS workshopId, type, payload FROM workshop_events
    WHERE workshop_id = ${workshopId} AND id > ${since} ORDER BY id LIMIT ${limit}`);
}

/** The text/event-stream of one member: missed events since `since`, then live ones, with heartbeats. */
function streamEvents(c: Context<AppEnv>, viewer: Viewer, since: number | undefined, release: () => void) {
  const db = c.env.db;
  c.header("x-accel-buffering", "no");
  const response = streamSSE(c, async (stream) => {
    stream.onAbort(release);
    const queue: StoredEvent[] = [];
    let wake: (() => void) | undefined;
    let ended = false;
    let shutdown = false;
    const unsubscribe = await eventHub(db).subscribe(viewer.workshopId, {
      memberId: viewer.memberId,
      receive: (events) => {
        queue.push(...events);
        wake?.();
      },
      end: () => {
        ended = true;
        shutdown = true;
        wake?.();
      },
    });
    stream.onAbort(() => wake?.());
    /** Sends one event; false once it removed this member, whose stream then ends. */
    const send = async (event: StoredEvent) => {
      const data = toViewerEvent(event, viewer);
      await stream.writeSSE({ id: String(event.id), data: JSON.stringify(data) });
      if (removesViewer(data, viewer)) ended = true;
    };
    try {
      await stream.write(`retry: ${retryMs}\n\n`);
      // One read transaction, so the feed position and the replay agree even while pruning runs.
      const [position, missed] = await db.batch([
        db.all<{ pruned: number; latest: number }>(feedPositionSql(viewer.workshopId)),
        readEvents(db, viewer.workshopId, since ?? 0, since === undefined ? 0 : replayLimit + 1),
      ]);
      const latest = Number(position[0]?.latest ?? 0);
      const pruned = Number(position[0]?.pruned ?? 0);
      let last = since ?? latest;
      if (since !== undefined) {
        if (missed.length > replayLimit || since > latest || since < pruned) {
          await stream.writeSSE({ id: String(latest), data: JSON.stringify({ type: "reset" }) });
          last = latest;
        } else {
          for (const event of missed) {
            if (ended) break;
            await send(event);
            last = event.id;
          }
        }
      }
      while (!stream.aborted && !stream.closed && !ended) {
        if (queue.length === 0) {
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, heartbeatMs);
          });
          clearTimeout(timer);
          wake = undefined;
        }
        if (stream.aborted || ended) break;
        if (queue.length === 0) {
          await stream.write(": heartbeat\n\n");
          continue;
        }
        for (const event of queue.splice(0)) {
          if (event.id <= last || ended) continue;
          await send(event);
          last = event.id;
        }
      }
      if (shutdown && !stream.aborted) await stream.write(reconnectHint());
    } finally {
      unsubscribe();
      release();
    }
  });
  // streamSSE says no-cache; member data must not be stored at all.
  response.headers.set("cache-control", "no-store");
  return response;
}

export const streamRoutes = featureApp()
  .openapi(
    createRoute({
      method: "post",
      path: "/workshops/{id}/stream-tokens",
      tags: s.tags,
      security: s.security,
      summary: "A token valid for two minutes to open the event stream (EventSource cannot send the secret)",
      request: { params: s.workshopParams, ...jsonBody(s.emptyBody) },
      responses: { 200: ok(s.streamToken, "The token"), ...s.failures(400, 404, 413, 415) },
    }),
    async (c) => {
      const viewer = await authenticate(c, c.req.valid("param").id);
      return c.json(await createStreamToken(c.env.db, viewer), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/workshops/{id}/events",
      tags: s.tags,
      summary: "Server-sent events: every change, each with its event id; resumes after Last-Event-ID or since",
      request: { params: s.workshopParams, query: s.streamQuery, headers: s.streamHeaders },
      responses: {
        200: {
          description:
            "An event stream; each data line is a JSON change (item, order, vote, comment, list, workshop, member, reset)",
          content: { "text/event-stream": { schema: z.string() } },
        },
        ...s.failures(400, 404),
        429: failure(
          `Too many streams open: ${streamLimits.perMember} per member, ${streamLimits.perAddress} per address; Retry-After says when to try again`,
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { token, since } = c.req.valid("query");
      const viewer = await verifyStreamToken(c.env.db, id, token);
      const release = takeStreamSlot(c, viewer);
      return streamEvents(c, viewer, c.req.valid("header")["last-event-id"] ?? since, release);
    },
  );
