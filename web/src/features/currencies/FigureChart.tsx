import { extent, max, min } from "d3-array";
import { scaleLinear } from "d3-scale";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import type { Series } from "./figure-series.ts";

const width = 420;
const height = 180;
const margin = { top: 12, right: 16, bottom: 28 };
/** About the width of one character of an 11 px tick label, in the chart's units. */
const tickCharWidth = 6.5;

/**
 * One measure over the years: each reported figure a point, not joined by a line. The sources give
 * yearly, cumulative and part-year figures of the same measure without saying which is which in a
 * field (only in the note), so a line would draw a trend between things that do not compare.
 * The picture is one image with a summary for screen readers (no focusable parts inside it); the
 * table `tableId` lists every figure with its note and source, and is where the keyboard goes.
 */
export function FigureChart({ series, tableId }: { series: Series; tableId: string }) {
  const { t, locale } = useI18n();
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const [minYear, maxYear] = extent(series.points, (p) => p.year) as [number, number];
  const y = scaleLinear()
    .domain([0, max(series.points, (p) => p.value) ?? 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const ticks = y.ticks(4).map((value) => ({ value, label: compact.format(value) }));
  // The axis takes the room its longest label needs, in every language's compact notation.
  const left = 10 + tickCharWidth * Math.max(...ticks.map((tick) => tick.label.length));
  const x = scaleLinear()
    .domain([minYear, maxYear])
    .range([left, width - margin.right]);
  const measure = `${t(`metric.${series.metric}` as MessageKey)}${series.unit ? ` (${series.unit})` : ""}`;
  const summary = t("currency.chartLabel", {
    measure,
    from: String(minYear),
    to: String(maxYear),
    min: compact.format(min(series.points, (p) => p.value) ?? 0),
    max: compact.format(max(series.points, (p) => p.value) ?? 0),
  });
  return (
    <figure className="figure-chart">
      <figcaption>{measure}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        aria-describedby={tableId}
        direction="ltr"
      >
        {ticks.map((tick) => (
          <g key={tick.value} transform={`translate(0,${y(tick.value)})`}>
            <line x1={left} x2={width - margin.right} className="timeline-grid" />
            <text x={left - 6} dy="0.32em" textAnchor="end" className="timeline-tick">
              {tick.label}
            </text>
          </g>
        ))}
        {x
          .ticks(Math.min(6, maxYear - minYear + 1))
          .filter(Number.isInteger)
          .map((year) => (
            <text key={year} x={x(year)} y={height - 8} textAnchor="middle" className="timeline-tick">
              {String(year)}
            </text>
          ))}
        {series.points.map((p) => (
          <circle
            key={`${p.year}-${p.value}-${p.sourceId}`}
            cx={x(p.year)}
            cy={y(p.value)}
            r={4.5}
            className="figure-point"
          />
        ))}
      </svg>
    </figure>
  );
}
