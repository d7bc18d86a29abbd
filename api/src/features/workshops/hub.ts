/**
 * One hub per process and database polls the change feed, only while some stream is open, and
 * fans the new rows out to the streams of their workshop (stream.ts). Writes in this process wake
 * it at once. Writes by other processes on the same embedded file are noticed within `changeCheckMs`:
 * `PRAGMA data_version` changes when another connection commits, and reading it touches no table.
 * Over a libSQL server, where that pragma says nothing about other clients, the feed is read every
 * `pollIntervalMs`, which stays as a safety net for the file too.
 */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import type { StoredEvent } from "./events.ts";

export const pollIntervalMs = 300;
export const changeCheckMs = 20;
const pageSize = 500;

interface Listener {
  /** Whose stream this is, for the count of members online. */
  memberId: string;
  receive: (events: StoredEvent[]) => void;
  /** `shutdown`: the server is stopping and the client should reconnect (to another process, or soon). */
  end: (reason: "shutdown") => void;
}

class EventHub {
  readonly #listeners = new Map<string, Set<Listener>>();
  #cursor = 0;
  #running: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #polling = false;
  #again = false;
  #closed = false;
  /** The connection's data_version at the last check, and when the feed was last read. */
  #seenVersion: number | undefined;
  #polledAt = 0;
  readonly #local: boolean;

  constructor(
    private readonly db: Database,
    options: { changeCheck?: boolean } = {},
  ) {
    this.#local = options.changeCheck ?? db.$client.protocol === "file";
  }

  /** Follows a workshop's events from now on; resolves once the hub is polling. */
  async subscribe(workshopId: string, listener: Listener): Promise<() => void> {
    if (this.#closed) {
      listener.end("shutdown");
      return () => {};
    }
    const set = this.#listeners.get(workshopId) ?? new Set();
    set.add(listener);
    this.#listeners.set(workshopId, set);
    this.#running ??= this.#start();
    await this.#running;
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(workshopId) === set) this.#listeners.delete(workshopId);
    };
  }

  /**
   * Ends every open stream, so that a server shutting down is not held open by them; their
   * clients reconnect (to this server restarted, or another) and resume after their last event.
   * A stream asked for afterwards (on a connection the browser kept) ends at once.
   */
  close(): void {
    this.#closed = true;
    for (const set of this.#listeners.values()) for (const listener of set) listener.end("shutdown");
  }

  /** Open streams and the distinct members behind them, for the metrics. */
  stats(): { streams: number; members: number } {
    let streams = 0;
    const members = new Set<string>();
    for (const [workshopId, set] of this.#listeners) {
      streams += set.size;
      for (const listener of set) members.add(`${workshopId}/${listener.memberId}`);
    }
    return { streams, members: members.size };
  }

  /** Polls now: a write in this process has just committed. */
  wake(): void {
    if (this.#running && this.#listeners.size > 0) void this.#poll();
  }

  async #start(): Promise<void> {
    this.#cursor = await latestEventId(this.db);
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#tick(), this.#local ? changeCheckMs : pollIntervalMs);
    this.#timer.unref();
  }

  /** Reads the feed when another connection committed since the last check, or when it is due anyway. */
  async #tick(): Promise<void> {
    if (this.#local && this.#listeners.size > 0 && !this.#polling) {
      const result = await this.db.$client.execute("PRAGMA data_version").catch(() => undefined);
      const version = result ? Number(result.rows[0]?.[0]) : undefined;
      const due = performance.now() - this.#polledAt >= pollIntervalMs;
      if (version !== undefined && version === this.#seenVersion && !due) {
        this.#schedule();
        return;
      }
      this.#seenVersion = version;
    }
    await this.#poll();
  }

  async #poll(): Promise<void> {
    if (this.#polling) {
      this.#again = true;
      return;
    }
    this.#polling = true;
    this.#polledAt = performance.now();
    try {
      do {
        this.#again = false;
        if (this.#listeners.size === 0) break;
        const rows = await this.db.all<StoredEvent>(sql`SELECT id, workshop_id AS workshopId, type, payload
          FROM workshop_events WHERE id > ${this.#cursor} ORDER BY id LIMIT ${pageSize}`);
        const last = rows.at(-1);
        if (last) this.#cursor = last.id;
        this.#dispatch(rows);
        if (rows.length === pageSize) this.#again = true;
      } while (this.#again);
    } catch (error) {
      console.error("workshop event poll failed", error);
    } finally {
      this.#polling = false;
      if (this.#listeners.size > 0) this.#schedule();
      else {
        // Idle: stop polling; the next subscriber starts again from the latest event.
        clearTimeout(this.#timer);
        this.#running = undefined;
      }
    }
  }

  #dispatch(rows: StoredEvent[]): void {
    const byWorkshop = new Map<string, StoredEvent[]>();
    for (const row of rows) {
      if (!this.#listeners.has(row.workshopId)) continue;
      byWorkshop.set(row.workshopId, [...(byWorkshop.get(row.workshopId) ?? []), row]);
    }
    for (const [workshopId, events] of byWorkshop) {
      for (const listener of this.#listeners.get(workshopId) ?? []) listener.receive(events);
    }
  }
}

/**
 * Sent as a stream ends because its server stops: the browser's EventSource reconnects after
 * `retry` ms, spread over a second so that a restart's clients do not all come back at once.
 */
export const reconnectHint = () =>
  `retry: ${500 + Math.floor(Math.random() * 1000)}\n: server restarting, reconnect\n\n`;

const hubs = new WeakMap<Database, EventHub>();

/**
 * The database's hub. `changeCheck: false` (taken when the hub is first made) reads the feed on the
 * plain poll only, as over a libSQL server: for the tests of that path.
 */
export function eventHub(db: Database, options: { changeCheck?: boolean } = {}): EventHub {
  const hub = hubs.get(db) ?? new EventHub(db, options);
  hubs.set(db, hub);
  return hub;
}

/** The id of the latest event of all workshops, where the hub starts. */
async function latestEventId(db: Database): Promise<number> {
  const row = await db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM workshop_events`);
  return Number(row?.id ?? 0);
}
