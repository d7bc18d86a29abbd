/** How fast workshops may be created and joined; counted by the shared limiter (http/rate-limit.ts). */
import type { Limit } from "../../http/rate-limit.ts";

/**
 * Join attempts per address: a classroom behind one NAT can join at once, while guessing a
 * 10-character code at this pace would take millions of years.
 */
export const joinPerAddress: Limit = { max: 60, windowMs: 60_000 };
/** Join attempts per first two characters of the code tried: slows guessing spread over many addresses. */
export const joinPerCodePrefix: Limit = { max: 120, windowMs: 60_000 };
export const createPerAddress: Limit = { max: 20, windowMs: 3_600_000 };
