import type { CurrencySort } from "@atlas/api/contract";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useId, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { statusText } from "../../lib/status.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { CurrencyFilters } from "./CurrencyFilters.tsx";
import { type CurrencyList, currencyFilteredOptions } from "./queries.ts";
import { Timeline } from "./Timeline.tsx";
import { type CurrencyState, parseCurrencyState, timelineGroups, toCurrencySearchParams } from "./url-state.ts";
import "./currencies.css";

const CurrencyMapView = lazy(() => import("./CurrencyMapView.tsx"));

/** Every complementary-currency initiative: filters, a timeline of launches and ends, a map and a table. */
export function CurrenciesPage() {
  const { t, tp } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseCurrencyState(params), [params]);
  const update = useCallback(
    (change: (s: CurrencyState) => CurrencyState) =>
      setParams((p) => toCurrencySearchParams(change(parseCurrencyState(p)))),
    [setParams],
  );
  const query = useQuery(currencyFilteredOptions(state));
  const [hovered, setHovered] = useState<string | null>(null);
  const groupId = useId();
  return (
    <div className="currencies">
      <h1>{t("currencies.title")}</h1>
      <p className="lead">{t("currencies.intro")}</p>
      <CurrencyFilters state={state} facets={query.data?.facets} update={update} />
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : null}
      {query.data ? (
        <>
          <h2 aria-live="polite">{tp("currencies.count", query.data.total)}</h2>
          <div className="currencies-views">
            <section aria-labelledby="timeline-heading">
              <div className="results-head">
                <h3 id="timeline-heading">{t("currencies.timeline")}</h3>
                <label htmlFor={groupId} className="sort">
                  {t("currencies.groupBy")}
                  <select
                    id={groupId}
                    value={state.group}
                    onChange={(e) => update((s) => ({ ...s, group: e.target.value as CurrencyState["group"] }))}
                  >
                    {timelineGroups.map((g) => (
                      <option key={g} value={g}>
                        {t(`currencies.group.${g}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <Timeline items={query.data.items} group={state.group} hovered={hovered} onHover={setHovered} />
            </section>
            <Suspense fallback={<Loading />}>
              <CurrencyMapView items={query.data.items} hovered={hovered} onHover={setHovered} />
            </Suspense>
          </div>
          <CurrencyTable
            items={query.data.items}
            sort={state.sort}
            onSort={(sort) => update((s) => ({ ...s, sort }))}
            hovered={hovered}
            onHover={setHovered}
          />
          <p className="muted">{t("coding.currency")}</p>
        </>
      ) : null}
    </div>
  );
}

const columns: { key: string; sort?: [CurrencySort, CurrencySort]; label: MessageKey }[] = [
  { key: "name", sort: ["name", "-name"], label: "currency.name" },
  { key: "place", sort: ["country", "country"], label: "currency.place" },
  { key: "launch", sort: ["launchYear", "-launchYear"], label: "currency.launch" },
  { key: "model", label: "currency.model" },
  { key: "status", label: "currency.status" },
];

interface TableProps {
  items: CurrencyList["items"];
  sort: CurrencySort;
  onSort: (sort: CurrencySort) => void;
  hovered: string | null;
  onHover: (id: string | null) => void;
}

function CurrencyTable({ items, sort, onSort, hovered, onHover }: TableProps) {
  const { t, locale } = useI18n();
  const { label } = useTerms();
  const unknown = t("case.unknown");
  return (
    <table className="table currency-table">
      <caption className="visually-hidden">{t("currencies.tableCaption")}</caption>
      <thead>
        <tr>
          {columns.map((col) => {
            const active = col.sort?.includes(sort);
            const ascending = col.sort && sort === col.sort[0];
            return (
              <th key={col.key} scope="col" aria-sort={active ? (ascending ? "ascending" : "descending") : undefined}>
                {col.sort ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => col.sort && onSort(active && ascending ? col.sort[1] : col.sort[0])}
                  >
                    {t(col.label)}
                    {active ? <span aria-hidden="true">{ascending ? " ▲" : " ▼"}</span> : null}
                  </button>
                ) : (
                  t(col.label)
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr
            key={c.id}
            className={hovered === c.id ? "is-hovered" : undefined}
            onMouseEnter={() => onHover(c.id)}
            onMouseLeave={() => onHover(null)}
          >
            <td>
              <Link to={`/currencies/${c.id}`} onFocus={() => onHover(c.id)} onBlur={() => onHover(null)}>
                {c.name}
              </Link>
            </td>
            <td>{[c.city, countryName(c.country, locale)].filter(Boolean).join(", ")}</td>
            <td>{c.launchYear ?? unknown}</td>
            <td>{c.model ? label("currencyModel", c.model) : unknown}</td>
            <td>{c.status ? statusText(t, c.status, c.statusYear) : unknown}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
