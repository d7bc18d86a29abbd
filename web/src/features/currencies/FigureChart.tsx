import { extent, max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import type { Series } from "./figure-series.ts";

const width = 420;
const height = 180;
const margin = { top: 12, right: 16, bottom: 28, left: 56 };

/** One measure over the years, each reported figure a point that links to its source. */
export function FigureChart({ series, sourceNumber }: { series: Series; sourceNumber: (id: string) => number }) {
  const { t, formatNumber } = useI18n();
  const [minYear, maxYear] = extent(series.points, (p) => p.year) as [number, number];
  const x = scaleLinear()
    .domain([minYear, maxYear])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, max(series.points, (p) => p.value) ?? 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<{ year: number; value: number }>()
    .x((p) => x(p.year))
    .y((p) => y(p.value))(series.points);
  const title = `${t(`metric.${series.metric}` as MessageKey)}${series.unit ? ` (${series.unit})` : ""}`;
  return (
    <figure className="figure-chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t("currency.chartLabel", { measure: title })}
        direction="ltr"
      >
        {y.ticks(4).map((v) => (
          <g key={v} transform={`translate(0,${y(v)})`}>
            <line x1={margin.left} x2={width - margin.right} className="timeline-grid" />
            <text x={margin.left - 6} dy="0.32em" textAnchor="end" className="timeline-tick">
              {formatNumber(v)}
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
        {path ? <path d={path} className="figure-line" /> : null}
        {series.points.map((p) => (
          <a key={`${p.year}-${p.value}-${p.sourceId}`} href={`#source-${p.sourceId}`}>
            <title>{`${p.year}: ${formatNumber(p.value)} [${sourceNumber(p.sourceId)}]`}</title>
            <circle cx={x(p.year)} cy={y(p.value)} r={4.5} className="figure-point" />
          </a>
        ))}
      </svg>
    </figure>
  );
}
