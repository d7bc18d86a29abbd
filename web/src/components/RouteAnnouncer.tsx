import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";

/** The tab's title for a page whose h1 reads `heading`. */
export const toDocumentTitle = (heading: string, appName: string) =>
  heading === appName ? appName : `${heading} · ${appName}`;

/**
 * Gives every page a title of its own, in the reader's language, taken from its h1 (so a new page needs
 * nothing to get one, and a title never disagrees with its heading). After a move to another page, focus
 * goes to that h1 and the title is announced, as a full page load would; the first load leaves focus alone.
 * Pages that load in stages (lazy chunks, data) are watched until their h1 appears.
 */
export function RouteAnnouncer() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const appName = t("app.name");
  const [message, setMessage] = useState("");
  const firstPage = useRef(true);
  useEffect(() => {
    let pendingFocus = !firstPage.current && pathname !== "";
    firstPage.current = false;
    const sync = () => {
      const h1 = document.querySelector("h1");
      const heading = h1?.textContent?.replace(/\s+/g, " ").trim();
      if (!h1 || !heading) return;
      const title = toDocumentTitle(heading, appName);
      if (document.title !== title) document.title = title;
      if (!pendingFocus) return;
      pendingFocus = false;
      h1.tabIndex = -1;
      h1.focus();
      setMessage(title);
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname, appName]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
