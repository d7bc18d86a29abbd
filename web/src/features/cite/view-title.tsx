/**
 * What the current view is called in a citation. A page that knows better than its heading (the
 * explore page names its filters) says so with `useCiteTitle`; otherwise the page's h1 is used.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";

interface CiteTitleState {
  title: string | null;
  setTitle: (title: string | null) => void;
}

const CiteTitleContext = createContext<CiteTitleState | null>(null);

export function CiteTitleProvider({ children }: { children: ReactNode }) {
  const [title, setTitle] = useState<string | null>(null);
  const value = useMemo(() => ({ title, setTitle }), [title]);
  return <CiteTitleContext.Provider value={value}>{children}</CiteTitleContext.Provider>;
}

/** Names the view for citations while the calling page is shown. */
export function useCiteTitle(title: string | null) {
  const setTitle = useContext(CiteTitleContext)?.setTitle;
  useEffect(() => {
    setTitle?.(title);
    return () => setTitle?.(null);
  }, [title, setTitle]);
}

/** The registered title, else the page's main heading, else the fallback. */
export function useViewTitle(fallback: string): () => string {
  const title = useContext(CiteTitleContext)?.title ?? null;
  return () => title ?? document.querySelector("main h1")?.textContent?.trim() ?? fallback;
}
