/**
 * The header's navigation, citation and language: in the header on a wide screen, behind one Menu
 * button on a phone, where nine links and two controls took a third of the first screen. The menu
 * closes when the page changes and on Escape, giving focus back to its button.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useLocation } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";

export function SiteMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is the reason to close
  useEffect(() => setOpen(false), [pathname]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t("nav.menu")}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere inside the open menu */}
      <div id={id} className="site-menu" data-open={open} onKeyDown={onKeyDown}>
        {children}
      </div>
    </>
  );
}
