/**
 * This device's memory of small values (a member's secret, a facilitator's join code), in
 * localStorage. Storage can be blocked or full (private windows, policies): then nothing is
 * remembered and nothing throws, and the callers say what still works without it.
 */
export function remember(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; see the caller for what still works.
  }
}

export function recall(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function forget(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
