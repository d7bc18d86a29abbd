import { Link, useLocation } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { compareLimit, comparePath } from "./selection.ts";
import { useCompareSelection } from "./useCompareSelection.ts";
import "./compare.css";

/** The cases picked so far, on every page that carries them, with the way to the comparison. */
export function CompareTray() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { ids, clear } = useCompareSelection();
  if (ids.length === 0 || pathname === "/compare") return null;
  return (
    <aside className="compare-tray" aria-label={t("compare.tray")}>
      <span>{t("compare.picked", { count: ids.length, limit: compareLimit })}</span>
      {ids.length >= 2 ? (
        <Link className="button-link" to={comparePath(ids)}>
          {t("compare.open", { count: ids.length })}
        </Link>
      ) : (
        <span className="muted">{t("compare.pickMore")}</span>
      )}
      <button type="button" className="link-button" onClick={clear}>
        {t("compare.clear")}
      </button>
    </aside>
  );
}
