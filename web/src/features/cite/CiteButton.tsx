import { lazy, Suspense, useRef, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import "./cite.css";

// The dialog and its formats load when someone first asks to cite.
const CiteDialog = lazy(() => import("./CiteDialog.tsx"));

/** "Cite this view", in the header of every page. */
export function CiteButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="cite-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {t("cite.button")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CiteDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
