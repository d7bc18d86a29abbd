import { Link } from "react-router";
import { TermChips } from "../../components/TermChips.tsx";
import { type I18n, useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { statusText } from "../../lib/status.ts";
import { AddToCompare } from "../compare/AddToCompare.tsx";
import { useCompareSelection } from "../compare/useCompareSelection.ts";
import type { CaseList as CaseListData } from "./queries.ts";

type CaseSummary = CaseListData["items"][number];

export function placeOf(c: Pick<CaseSummary, "city" | "region" | "country">, locale: string): string {
  return [c.city, c.region, countryName(c.country, locale)].filter(Boolean).join(", ");
}

export function yearsOf(c: Pick<CaseSummary, "startYear" | "endYear" | "status">, t: I18n["t"]) {
  if (c.startYear === null) return t("case.yearsUnknown");
  // Years go in as text: number formatting would group them ("2,016").
  const start = String(c.startYear);
  if (c.endYear !== null)
    return c.endYear === c.startYear ? start : t("case.yearsRange", { start, end: String(c.endYear) });
  if (c.status === "ended") return start;
  // "Since" claims the case still runs: only a reported status may say so.
  return c.status === "active" ? t("case.yearsOngoing", { start }) : t("case.yearsStarted", { start });
}

interface Props {
  items: CaseSummary[];
  hovered?: string | null;
  onHover?: (id: string | null) => void;
  selected?: string;
  onSelect?: (id: string) => void;
}

/** The filtered cases as a list of cards: a full alternative to the map, and linked to it by hover. */
export function CaseList({ items, hovered, onHover, selected, onSelect }: Props) {
  const { locale, t } = useI18n();
  const { carry } = useCompareSelection();
  return (
    <ol className="case-list">
      {items.map((c) => (
        <li
          key={c.id}
          className={["case-card", c.id === hovered ? "is-hovered" : "", c.id === selected ? "is-selected" : ""]
            .join(" ")
            .trim()}
          onMouseEnter={() => onHover?.(c.id)}
          onMouseLeave={() => onHover?.(null)}
        >
          <h3>
            <Link to={`/cases/${c.id}${carry}`} onFocus={() => onHover?.(c.id)} onBlur={() => onHover?.(null)}>
              {c.title}
            </Link>
          </h3>
          <p className="meta">
            <span>{placeOf(c, locale)}</span>
            <span aria-hidden="true">{" · "}</span>
            <span>{yearsOf(c, t)}</span>
            {c.status ? (
              <>
                <span aria-hidden="true">{" · "}</span>
                <span>{statusText(t, c.status, c.statusYear)}</span>
              </>
            ) : null}
          </p>
          <p>{c.summary}</p>
          <TermChips scheme="phase" keys={c.phase} />
          <AddToCompare id={c.id} title={c.title} />
          {onSelect && c.latitude !== null ? (
            <button type="button" className="link-button" data-show-on-map={c.id} onClick={() => onSelect(c.id)}>
              {t("results.showOnMap")}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
