/**
 * How many event streams may be open at once in this process: per member (a few tabs and devices)
 * and per caller address (a room of participants behind one NAT). Without a cap, one secret could
 * hold thousands of connections open, each with its own slot in the hub.
 */
import type { Database } from "@atlas/db/client";
import { ApiError } from "../../http/errors.ts";

export interface StreamLimits {
  perMember: number;
  perAddress: number;
}

export const streamLimits: StreamLimits = { perMember: 5, perAddress: 200 };

/** Seconds a refused client should wait: long enough for a closed tab's stream to have ended. */
export const streamRetryAfterSeconds = 5;

export class StreamSlots {
  readonly #byMember = new Map<string, number>();
  readonly #byAddress = new Map<string, number>();

  constructor(private readonly limits: StreamLimits = streamLimits) {}

  /** Takes a slot for this member at this address; answers the function that gives it back (once). */
  take(memberId: string, address: string): () => void {
    if ((this.#byMember.get(memberId) ?? 0) >= this.limits.perMember) {
      throw tooMany(`This member already has ${this.limits.perMember} event streams open: close another tab first.`);
    }
    if ((this.#byAddress.get(address) ?? 0) >= this.limits.perAddress) {
      throw tooMany(`This address already has ${this.limits.perAddress} event streams open.`);
    }
    add(this.#byMember, memberId, 1);
    add(this.#byAddress, address, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      add(this.#byMember, memberId, -1);
      add(this.#byAddress, address, -1);
    };
  }
}

function add(counts: Map<string, number>, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

const tooMany = (message: string) =>
  new ApiError(429, "too_many_streams", message, [{ retryAfterSeconds: streamRetryAfterSeconds }]);

const slots = new WeakMap<Database, StreamSlots>();

/** The slots of the streams this process serves from this database. */
export function streamSlots(db: Database): StreamSlots {
  const found = slots.get(db) ?? new StreamSlots();
  slots.set(db, found);
  return found;
}
