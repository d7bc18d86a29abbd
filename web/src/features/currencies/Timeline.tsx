import { scaleLinear } from "d3-scale";
import { useId, useMemo } from "react";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n.tsx";
import { countryName } from "../../lib/countries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { type TimelineItem, toTimeline } from "./timeline.ts";

const width = 960;
const labelWidth = 170;
const rowHeight = 16;
const groupGap = 12;
const axisHeight = 24;

interface Props {
  items: TimelineItem[];
  group: "country" | "model";
  hovered: string | null;
  onHover: (id: string | null) => void;
}

/** Initiatives as bars from launch to end, grouped, so the waves of launches and closures show. */
export function Timeline({ items, group, hovered, onHover }: Props) {
  const { t, tp, locale } = useI18n();
  const titleId = useId();
  const { label } = useTerms();
  const currentYear = new Date().getFullYear();
  const timeline = useMemo(() => toTimeline(items, group, currentYear), [items, group, currentYear]);
  const x = scaleLinear()
    .domain([timeline.domain[0], timeline.domain[1] + 1])
    .range([labelWidth, width - 8]);
  const rows = timeline.groups.reduce((n, g) => n + g.bars.length, 0);
  const height = axisHeight + rows * rowHeight + timeline.groups.length * groupGap + 8;
  const groupName = (key: string) =>
    group === "country" ? countryName(key, locale) : key ? label("currencyModel", key) : t("case.unknown");
  let y = axisHeight;
  return (
    <figure className="timeline">
      <figcaption>{t("currencies.timelineCaption")}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} direction="ltr" aria-labelledby={titleId}>
        <title id={titleId}>{t("currencies.timeline")}</title>
        {x
          .ticks(Math.min(10, timeline.domain[1] - timeline.domain[0] + 1))
          .filter(Number.isInteger)
          .map((year) => (
            <g key={year} transform={`translate(${x(year)},0)`}>
              <line y1={axisHeight - 6} y2={height} className="timeline-grid" />
              <text y={axisHeight - 10} textAnchor="middle" className="timeline-tick">
                {String(year)}
              </text>
            </g>
          ))}
        {timeline.groups.map((g) => {
          const top = y;
          y += g.bars.length * rowHeight + groupGap;
          return (
            <g key={g.key} transform={`translate(0,${top})`}>
              <text x={4} y={12} className="timeline-group">
                {groupName(g.key)}
              </text>
              {g.bars.map((bar, i) => {
                const years = bar.open
                  ? t("currencies.barOpen", { start: String(bar.start) })
                  : bar.endUnknown
                    ? t("currencies.barEndUnknown", { start: String(bar.start) })
                    : t("case.yearsRange", { start: String(bar.start), end: String(bar.end) });
                return (
                  <Link
                    key={bar.id}
                    to={`/currencies/${bar.id}`}
                    aria-label={`${bar.name}: ${years}`}
                    onMouseEnter={() => onHover(bar.id)}
                    onMouseLeave={() => onHover(null)}
                    onFocus={() => onHover(bar.id)}
                    onBlur={() => onHover(null)}
                  >
                    <title>{`${bar.name}: ${years}`}</title>
                    <rect
                      className={[
                        "timeline-bar",
                        bar.open ? "is-open" : "is-closed",
                        bar.endUnknown ? "is-end-unknown" : "",
                        hovered === bar.id ? "is-hovered" : "",
                      ].join(" ")}
                      x={x(bar.start)}
                      y={i * rowHeight + 2}
                      width={Math.max(4, x(bar.end + 1) - x(bar.start))}
                      height={rowHeight - 4}
                      rx={3}
                    />
                  </Link>
                );
              })}
            </g>
          );
        })}
      </svg>
      {timeline.unplaced > 0 ? <p className="muted">{tp("currencies.unplaced", timeline.unplaced)}</p> : null}
    </figure>
  );
}
