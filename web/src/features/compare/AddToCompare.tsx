import { useI18n } from "../../i18n/i18n.tsx";
import { compareLimit } from "./selection.ts";
import { useCompareSelection } from "./useCompareSelection.ts";

/** "Add to comparison" on a case card, the map's selected case and the case page; a toggle. */
export function AddToCompare({ id, title }: { id: string; title: string }) {
  const { t } = useI18n();
  const { ids, toggle } = useCompareSelection();
  const picked = ids.includes(id);
  const full = !picked && ids.length >= compareLimit;
  return (
    <button
      type="button"
      className="link-button add-to-compare"
      aria-pressed={picked}
      disabled={full}
      title={full ? t("compare.full", { count: compareLimit }) : undefined}
      onClick={() => toggle(id)}
    >
      {/* The visible words begin the accessible name (WCAG 2.5.3); the case's title tells the buttons apart. */}
      {picked ? t("compare.remove") : t("compare.add")}
      <span className="visually-hidden">: {title}</span>
    </button>
  );
}
