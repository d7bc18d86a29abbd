/** When a workshop tab tries its event stream again after it failed to open. */

const reopenAfterMs = 2_000;
const reopenAtMostMs = 60_000;

/**
 * How long to wait before reopening after the server refused `refusals` streams in a row: 2 s (an
 * expired token is refused once, then the new one opens), then doubling up to a minute, so a tab the
 * server keeps refusing (too many streams open) does not knock every two seconds. A server that is
 * away refuses nothing: it is tried again every 2 s, to catch up as soon as it is back.
 */
export function toReopenDelayMs(refusals: number): number {
  return Math.min(reopenAtMostMs, reopenAfterMs * 2 ** Math.max(0, refusals - 1));
}
