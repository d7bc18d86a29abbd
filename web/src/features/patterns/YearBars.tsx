/** Cases started per year as bars (d3-scale for the heights): press a bar to filter by that year. */
import { scaleLinear } from "d3-scale";
import { useI18n } from "../../i18n/i18n.tsx";
import { useRovingGrid } from "./useRovingGrid.ts";

interface Props {
  series: { year: number; count: number }[];
  selected?: { from: number; to: number };
  onSelect: (year: number) => void;
}

const height = 140;

export function YearBars({ series, selected, onSelect }: Props) {
  const { t, formatNumber } = useI18n();
  const { cellProps } = useRovingGrid(1, series.length);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...series.map((s) => s.count))])
    .range([0, height])
    .nice();
  const ticks = y.ticks(4).filter((n) => Number.isInteger(n));
  return (
    <div className="year-bars" data-grid="" style={{ blockSize: `${height + 40}px` }}>
      <div className="year-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick} style={{ insetBlockEnd: `${y(tick) + 24}px` }}>
            {formatNumber(tick)}
          </span>
        ))}
      </div>
      <div className="year-plot">
        {series.map((s, i) => {
          const isSelected = selected !== undefined && s.year >= selected.from && s.year <= selected.to;
          return (
            <div key={s.year} className="year-slot">
              <button
                type="button"
                className={isSelected ? "year-bar is-selected" : "year-bar"}
                style={{ blockSize: `${Math.max(s.count ? 3 : 1, y(s.count))}px` }}
                aria-pressed={isSelected}
                aria-label={t("patterns.yearCell", { year: String(s.year), count: s.count })}
                onClick={() => onSelect(s.year)}
                {...cellProps(0, i)}
              />
              <span className="year-label" aria-hidden="true">
                {s.year % 5 === 0 || i === 0 || i === series.length - 1 ? String(s.year) : ""}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
