/**
 * One hub per process and database polls the change feed, only while some stream is open, and
 * fans the new rows out to the streams of their workshop (stream.ts). Writes in this process wake
 * it at once; writes by other processes (behind a load balancer, or after a restart) arrive at the
 * next poll.
 */
import type { Database } from "@atlas/db/client";
import { sql } from "drizzle-orm";
import type { StoredEvent } from "./events.ts";

export const pollIntervalMs = 300;
const pageSize = 500;

interface Listener {
  receive: (events: StoredEvent[]) => void;
  end: () => void;
}

class EventHub {
  readonly #listeners = new Map<string, Set<Listener>>();
  #cursor = 0;
  #running: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #polling = false;
  #again = false;
  #closed = false;

  constructor(private readonly db: Database) {}

  /** Follows a workshop's events from now on; resolves once the hub is polling. */
  async subscribe(workshopId: string, listener: Listener): Promise<() => void> {
    if (this.#closed) {
      listener.end();
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
    for (const set of this.#listeners.values()) for (const listener of set) listener.end();
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
    this.#timer = setTimeout(() => void this.#poll(), pollIntervalMs);
    this.#timer.unref();
  }

  async #poll(): Promise<void> {
    if (this.#polling) {
      this.#again = true;
      return;
    }
    this.#polling = true;
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

const hubs = new WeakMap<Database, EventHub>();

export function eventHub(db: Database): EventHub {
  const hub = hubs.get(db) ?? new EventHub(db);
  hubs.set(db, hub);
  return hub;
}

/** The id of the latest event of all workshops, where the hub starts. */
async function latestEventId(db: Database): Promise<number> {
  const row = await db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM workshop_events`);
  return Number(row?.id ?? 0);
}
