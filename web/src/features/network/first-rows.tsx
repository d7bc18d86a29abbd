import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

const pageRows = 100;

/**
 * The first hundred rows of a long table (20,000 rows draw slowly), and the button that shows them
 * all: `more` is nothing when every row is already shown.
 */
export function useFirstRows<T>(rows: T[]) {
  const { tp } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, pageRows);
  const more =
    !all && rows.length > pageRows ? (
      <button type="button" className="link-button" onClick={() => setAll(true)}>
        {tp("network.showAll", rows.length)}
      </button>
    ) : null;
  return { shown, more };
}
