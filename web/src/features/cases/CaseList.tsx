import type { ReactNode } from "react";
import { Link } from "react-router";
import { TermChips } from "../../components/TermChips.tsx";
import { type I18n, useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { statusText } from "../../lib/status.ts";
import { AddToCompare } from "../compare/AddToCompare.tsx";
import { useCompareSelection } from "../compare/useCompareSelection.ts";
import { Block } from "../translations/Block.tsx";
import { blockLang } from "../translations/content.ts";
import { Highlighted } from "./Highlighted.tsx";
import { MatchedTerms } from "./MatchedTerms.tsx";
import type { CaseList as CaseListData } from "./queries.ts";
import { SearchSnippet } from "./SearchSnippet.tsx";

type CaseSummary = CaseListData["items"][number];

/** The comma between the parts of a place: Arabic writes its own (،). */
const placeSeparator = (locale: string) => (locale === "ar" ? "، " : ", ");

export function placeOf(c: Pick<CaseSummary, "city" | "region" | "country">, locale: string): string {
  return [c.city, c.region, countryName(c.country, locale)].filter(Boolean).join(placeSeparator(locale));
}

/**
 * City, region and country, each isolated (<bdi>) in its own language, so that a Latin place name in an
 * Arabic line (or the reverse) keeps its order: "Harran, Şanlıurfa, Türkiye · since 2018".
 */
export function Place({ c }: { c: Pick<CaseSummary, "city" | "region" | "country" | "content"> }) {
  const { locale } = useI18n();
  const parts = [
    c.city ? { key: "city", text: c.city, lang: blockLang(c.content, "city") } : null,
    c.region ? { key: "region", text: c.region, lang: blockLang(c.content, "region") } : null,
    { key: "country", text: countryName(c.country, locale), lang: locale },
  ].filter((p) => p !== null);
  return (
    <bdi>
      {parts.map((p, i) => (
        <span key={p.key}>
          {i > 0 ? placeSeparator(locale) : null}
          <bdi lang={p.lang}>{p.text}</bdi>
        </span>
      ))}
    </bdi>
  );
}

/** Where and when a case happens: the start of its meta line in the list and on its page. */
export function PlaceAndYears({ c }: { c: Parameters<typeof Place>[0]["c"] & Parameters<typeof yearsOf>[0] }) {
  const { t } = useI18n();
  return (
    <>
      <Place c={c} />
      <MetaPart>
        <bdi>{yearsOf(c, t)}</bdi>
      </MetaPart>
    </>
  );
}

/** A part of a case's meta line, after the separator that screen readers skip. */
export function MetaPart({ children }: { children: ReactNode }) {
  return (
    <>
      <span aria-hidden="true">{" · "}</span>
      {children}
    </>
  );
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
  const { t } = useI18n();
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
              <Block content={c.content} path="title">
                <Highlighted text={c.title} ranges={c.highlights?.title} />
              </Block>
            </Link>
          </h3>
          <p className="meta">
            <PlaceAndYears c={c} />
            {c.status ? (
              <MetaPart>
                <bdi>{statusText(t, c.status, c.statusYear)}</bdi>
              </MetaPart>
            ) : null}
          </p>
          <Block as="p" content={c.content} path="summary">
            <Highlighted text={c.summary} ranges={c.highlights?.summary} />
          </Block>
          <SearchSnippet snippet={c.highlights?.snippet} />
          <TermChips scheme="phase" keys={c.phase} />
          <MatchedTerms matched={c.matched} />
          <p className="card-actions">
            <AddToCompare id={c.id} title={c.title} />
            {onSelect && c.latitude !== null ? (
              <button type="button" className="link-button" data-show-on-map={c.id} onClick={() => onSelect(c.id)}>
                {t("results.showOnMap")}
              </button>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
