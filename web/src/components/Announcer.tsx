import { useEffect, useState } from "react";

const listeners = new Set<(text: string) => void>();

/**
 * Says `text` to screen-reader users through the page's one polite live region (Announcer, in the
 * layout): what an action did when its result is not where the focus is (a vote counted, a page of
 * results turned, the map zoomed to a cluster).
 */
export function announce(text: string) {
  for (const listener of listeners) listener(text);
}

/** The live region `announce` writes to. The same text twice is said twice (a no-break space toggles). */
export function Announcer() {
  const [message, setMessage] = useState("");
  useEffect(() => {
    const listener = (text: string) => setMessage((shown) => (shown === text ? `${text}\u00a0` : text));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer="">
      {message}
    </p>
  );
}
