import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import type { CurrencyList } from "./queries.ts";
import { type CurrencyFilter, type CurrencyState, currencyFilters } from "./url-state.ts";

interface Props {
  state: CurrencyState;
  facets: CurrencyList["facets"] | undefined;
  update: (change: (s: CurrencyState) => CurrencyState) => void;
}

/** Filters with live counts, in a row of disclosure groups. */
export function CurrencyFilters({ state, facets, update }: Props) {
  const { t, tp, locale, formatNumber } = useI18n();
  const { label } = useTerms();
  const name = (filter: CurrencyFilter, key: string) => {
    if (filter === "country") return countryName(key, locale);
    if (filter === "model") return label("currencyModel", key);
    if (filter === "governance") return label("currencyGovernance", key);
    return t(`${filter === "status" ? "status" : "convertibility"}.${key}` as MessageKey);
  };
  const toggle = (filter: CurrencyFilter, key: string) =>
    update((s) => {
      const values = s.filters[filter];
      return {
        ...s,
        filters: { ...s.filters, [filter]: values.includes(key) ? values.filter((v) => v !== key) : [...values, key] },
      };
    });
  const setYear = (field: "from" | "to", value: string) =>
    update((s) => ({ ...s, [field]: /^\d{4}$/.test(value) ? Number(value) : value === "" ? undefined : s[field] }));
  return (
    <section className="currency-filters" aria-label={t("filters.title")}>
      {currencyFilters.map((filter) => {
        const selected = state.filters[filter];
        const counts = facets?.[filter] ?? [];
        const shown = [
          ...counts,
          ...selected.filter((k) => !counts.some((c) => c.key === k)).map((key) => ({ key, count: 0 })),
        ];
        return (
          <details key={filter} className="facet" open={selected.length > 0}>
            <summary>
              {t(`currencies.filter.${filter}` as MessageKey)}
              {selected.length ? <span className="badge">{formatNumber(selected.length)}</span> : null}
            </summary>
            <ul className="facet-values">
              {shown.map(({ key, count }) => (
                <li key={key}>
                  <label>
                    <input type="checkbox" checked={selected.includes(key)} onChange={() => toggle(filter, key)} />
                    <span>{name(filter, key)}</span>
                    <span className="count" aria-hidden="true">
                      {formatNumber(count)}
                    </span>
                    <span className="visually-hidden">{tp("currencies.countLabel", count)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      <fieldset className="years">
        <legend>{t("currencies.launchYears")}</legend>
        <label>
          {t("filters.from")}
          <input
            key={`from-${state.from}`}
            type="number"
            min={1900}
            max={2100}
            defaultValue={state.from ?? ""}
            onBlur={(e) => setYear("from", e.target.value)}
          />
        </label>
        <label>
          {t("filters.to")}
          <input
            key={`to-${state.to}`}
            type="number"
            min={1900}
            max={2100}
            defaultValue={state.to ?? ""}
            onBlur={(e) => setYear("to", e.target.value)}
          />
        </label>
      </fieldset>
    </section>
  );
}
