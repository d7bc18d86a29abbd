/** Form state that survives a reload: kept in localStorage under one key, dropped once sent. */
import { useCallback, useEffect, useState } from "react";

function read<T>(key: string, initial: () => T): T {
  try {
    const stored = window.localStorage.getItem(key);
    // A draft from an older form lacks newer fields: they take their initial values.
    return stored ? { ...initial(), ...(JSON.parse(stored) as T) } : initial();
  } catch {
    return initial();
  }
}

export function useStoredDraft<T extends object>(key: string, initial: () => T) {
  const [draft, setDraft] = useState<T>(() => read(key, initial));
  useEffect(() => {
    try {
      window.localStorage.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the draft lives as long as the page.
    }
  }, [key, draft]);
  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
    setDraft(initial());
  }, [key, initial]);
  return [draft, setDraft, clear] as const;
}
