import { useEffect, useId, useRef, useState } from "react";
import { SearchBox } from "../../components/SearchBox.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { countryName } from "../../lib/countries.ts";
import { useTerms } from "../vocabularies/queries.ts";
import { type FilterField, searchMaxLength, toFilterProblems, yearsInOrder } from "./filter-checks.ts";
import type { CaseList } from "./queries.ts";
import {
  countActiveFilters,
  type ExploreState,
  type ListFilter,
  listFilters,
  parseExploreState,
  schemeOf,
  toggleFilter,
} from "./url-state.ts";

interface Props {
  state: ExploreState;
  facets: CaseList["facets"] | undefined;
  update: (change: (s: ExploreState) => ExploreState) => void;
  /** The list's error: a 400 naming a filter is shown next to that filter. */
  error?: unknown;
}

/** Search, typology filters with live counts, a year range, and a way back to everything. */
export function FilterPanel({ state, facets, update, error }: Props) {
  const { t, formatNumber } = useI18n();
  const problems = toFilterProblems(error);
  const active = countActiveFilters(state);
  // On a phone the filters would push the map and the list several screens down: fold them.
  const [expanded, setExpanded] = useState(() => !window.matchMedia("(max-width: 48rem)").matches);
  const bodyId = useId();
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">{t("filters.title")}</h2>
        {active > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update((s) => ({ ...parseExploreState(new URLSearchParams()), view: s.view, compare: s.compare }))
            }
          >
            {t("filters.clearAll")}
          </button>
        ) : null}
      </div>
      <SearchBox
        label={t("filters.search")}
        value={state.q}
        onSearch={(q) => update((s) => ({ ...s, q }))}
        maxLength={searchMaxLength}
        error={problems.q}
      />
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded((e) => !e)}
      >
        {expanded ? t("filters.hide") : t("filters.show")}
        {active > 0 ? <span className="badge">{formatNumber(active)}</span> : null}
      </button>
      <div id={bodyId} hidden={!expanded}>
        {listFilters.map((filter) => (
          <FacetGroup key={filter} filter={filter} state={state} counts={facets?.[filter] ?? []} update={update} />
        ))}
        <YearRange state={state} update={update} problems={problems} />
      </div>
    </section>
  );
}

function FacetGroup({
  filter,
  state,
  counts,
  update,
}: {
  filter: ListFilter;
  state: ExploreState;
  counts: { key: string; count: number }[];
  update: Props["update"];
}) {
  const { t, tp, locale, formatNumber } = useI18n();
  const { label, vocabularies } = useTerms();
  const scheme = schemeOf(filter);
  const terms = scheme ? (vocabularies?.schemes[scheme] ?? []) : [];
  // Vocabulary values keep their defined order (phases run from commissioning to assessment).
  const order = (key: string) => terms.findIndex((term) => term.key === key);
  const selected = state.filters[filter];
  const shown = [
    ...counts,
    ...selected.filter((k) => !counts.some((c) => c.key === k)).map((key) => ({ key, count: 0 })),
  ];
  const name = (key: string) => (scheme ? label(scheme, key) : countryName(key, locale));
  const toggle = (key: string) => update((s) => toggleFilter(s, filter, key));
  return (
    <details className="facet" open={selected.length > 0 || filter === "phase" || filter === "country"}>
      <summary>
        {t(`filters.${filter}` as MessageKey)}
        {selected.length > 0 ? <span className="badge">{formatNumber(selected.length)}</span> : null}
      </summary>
      {shown.length === 0 ? <p className="muted">{t("filters.noValues")}</p> : null}
      <ul className="facet-values">
        {shown
          .sort((a, b) => (scheme ? order(a.key) - order(b.key) : name(a.key).localeCompare(name(b.key), locale)))
          .map(({ key, count }) => (
            <li key={key}>
              <label className={count === 0 && !selected.includes(key) ? "facet-empty" : undefined}>
                <input type="checkbox" checked={selected.includes(key)} onChange={() => toggle(key)} />
                <span>{name(key)}</span>
                <span className="count" aria-hidden="true">
                  {formatNumber(count)}
                </span>
                <span className="visually-hidden">{tp("filters.countLabel", count)}</span>
              </label>
            </li>
          ))}
      </ul>
    </details>
  );
}

const yearBounds = { min: 1000, max: 2100 } as const;

function YearRange({
  state,
  update,
  problems,
}: {
  state: ExploreState;
  update: Props["update"];
  problems: Partial<Record<FilterField, string>>;
}) {
  const { t } = useI18n();
  // The years as last applied, ahead of the next render: the other field may be filled before the
  // address (and so `state`) has caught up with this one.
  const applied = useRef({ from: state.from, to: state.to });
  useEffect(() => {
    applied.current = { from: state.from, to: state.to };
  }, [state.from, state.to]);
  const setYear = (field: "from" | "to") => (year: number | undefined) => {
    applied.current = { ...applied.current, [field]: year };
    update((s) => ({ ...s, [field]: year }));
  };
  // A year is applied only if it keeps the range in order; otherwise the mistake stays next to its field.
  const check = (field: "from" | "to") => (year: number) => {
    if (year < yearBounds.min || year > yearBounds.max) return t("filters.yearBounds", yearBounds);
    const [from, to] = field === "from" ? [year, applied.current.to] : [applied.current.from, year];
    return yearsInOrder(from, to) ? undefined : t("filters.yearOrder");
  };
  return (
    <fieldset className="years">
      <legend>{t("filters.years")}</legend>
      <YearInput
        label={t("filters.from")}
        value={state.from}
        onChange={setYear("from")}
        check={check("from")}
        error={problems.from}
      />
      <YearInput
        label={t("filters.to")}
        value={state.to}
        onChange={setYear("to")}
        check={check("to")}
        error={problems.to}
      />
    </fieldset>
  );
}

/**
 * Keeps what is typed locally and applies it once it is a whole year that passes `check`, or cleared;
 * a year that does not pass is marked invalid with the reason under the field.
 */
function YearInput({
  label,
  value,
  onChange,
  check,
  error,
}: {
  label: string;
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  check: (year: number) => string | undefined;
  error?: string;
}) {
  const [text, setText] = useState(value?.toString() ?? "");
  const [mistake, setMistake] = useState<string>();
  const id = useId();
  useEffect(() => setText(value?.toString() ?? ""), [value]);
  const change = (next: string) => {
    setText(next);
    setMistake(undefined);
    if (next === "") return onChange(undefined);
    if (!/^\d{4}$/.test(next)) return;
    const problem = check(Number(next));
    if (problem) return setMistake(problem);
    onChange(Number(next));
  };
  const shown = mistake ?? error;
  return (
    <div className="year-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={yearBounds.min}
        max={yearBounds.max}
        value={text}
        onChange={(e) => change(e.target.value)}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
      />
      {shown ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
