/**
 * Where a step goes, said the way the API takes it: the step to place it after (null: first).
 * Saying "after X" rather than "at index 3" keeps its meaning while others reorder at the same time.
 */

/** One place up or down, or undefined at the edge. */
export function afterIdForStep(order: string[], id: string, direction: -1 | 1): string | null | undefined {
  const index = order.indexOf(id);
  if (index < 0) return undefined;
  const target = index + direction;
  if (target < 0 || target >= order.length) return undefined;
  const without = order.filter((x) => x !== id);
  return target === 0 ? null : (without[target - 1] ?? null);
}

/** Dropped on a step: before it when dragged upwards, after it when dragged downwards. */
export function afterIdForDrop(order: string[], dragged: string, target: string): string | null | undefined {
  const from = order.indexOf(dragged);
  const to = order.indexOf(target);
  if (from < 0 || to < 0 || from === to) return undefined;
  if (to > from) return target;
  const without = order.filter((x) => x !== dragged);
  const at = without.indexOf(target);
  return at === 0 ? null : (without[at - 1] ?? null);
}

/** The order after a move, applied locally while the server confirms it. */
export function applyMove(order: string[], id: string, afterId: string | null): string[] {
  const without = order.filter((x) => x !== id);
  const at = afterId === null ? 0 : without.indexOf(afterId) + 1;
  return [...without.slice(0, at), id, ...without.slice(at)];
}
