import { useId } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { type ColorDimension, colorDimensions, otherColor } from "../../map/colors.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { useMapColors } from "./mapColors.ts";
import { type ExploreState, type ListFilter, toggleFilter } from "./url-state.ts";

interface Props {
  state: ExploreState;
  update: (change: (s: ExploreState) => ExploreState, options?: { keepPage?: boolean }) => void;
  /** Keys that occur in the current results, with how many cases have each. */
  present: Map<string, number>;
  onFit: () => void;
}

/** What the colours mean, which of them to show, the currency layer, and fitting the results. */
export function MapLegend({ state, update, present, onFit }: Props) {
  const { t, formatNumber } = useI18n();
  const { label } = useTerms();
  const colors = useMapColors();
  const selectId = useId();
  const dimension = state.view.color;
  // Each colour dimension is also a filter of the same name, so the legend filters too.
  const filter: ListFilter = dimension;
  const chosen = state.filters[filter];
  const keys = (colors?.keys[dimension] ?? []).filter((k) => present.has(k) || chosen.includes(k));
  const toggle = (key: string) => update((s) => toggleFilter(s, filter, key));
  return (
    <div className="map-legend">
      <div className="map-legend-controls">
        <label htmlFor={selectId}>
          {t("map.colorBy")}
          <select
            id={selectId}
            value={dimension}
            onChange={(e) =>
              update((s) => ({ ...s, view: { ...s.view, color: e.target.value as ColorDimension } }), {
                keepPage: true,
              })
            }
          >
            {colorDimensions.map((d) => (
              <option key={d} value={d}>
                {t(`map.dimension.${d}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={state.view.currencies}
            onChange={(e) =>
              update((s) => ({ ...s, view: { ...s.view, currencies: e.target.checked } }), { keepPage: true })
            }
          />
          <span className="currency-swatch" aria-hidden="true" />
          {t("map.currencies")}
        </label>
        <button type="button" onClick={onFit}>
          {t("map.fit")}
        </button>
      </div>
      <p className="muted map-legend-hint">{t("map.legendHint")}</p>
      <ul className="map-legend-items">
        {keys.map((key) => (
          <li key={key}>
            <button type="button" aria-pressed={chosen.includes(key)} onClick={() => toggle(key)}>
              <span
                className="swatch"
                style={{ background: colors?.scales[dimension].get(key) ?? otherColor }}
                aria-hidden="true"
              />
              {label(dimension, key)}
              <span className="count">{formatNumber(present.get(key) ?? 0)}</span>
            </button>
          </li>
        ))}
        <li className="muted">
          <span className="swatch" style={{ background: otherColor }} aria-hidden="true" />
          {t("map.other")}
        </li>
      </ul>
    </div>
  );
}
