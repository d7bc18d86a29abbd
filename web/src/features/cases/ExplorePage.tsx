import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { CaseList } from "./CaseList.tsx";
import { FilterPanel } from "./FilterPanel.tsx";
import { Pagination } from "./Pagination.tsx";
import { caseListOptions, pageSize } from "./queries.ts";
import { caseSorts } from "./url-state.ts";
import { useExploreState } from "./useExploreState.ts";

/** Explore the cases: filters with counts beside a sortable, paged list (the map joins it later). */
export function ExplorePage() {
  const { t, tp } = useI18n();
  const { state, update } = useExploreState();
  const list = useQuery(caseListOptions(state));
  const sortId = useId();
  const sorts = caseSorts.filter((s) => s !== "relevance" || state.q);
  return (
    <div className="explore">
      <FilterPanel state={state} facets={list.data?.facets} update={update} />
      <section className="results" aria-labelledby="results-heading" aria-busy={list.isFetching}>
        <div className="results-head">
          <h2 id="results-heading" aria-live="polite">
            {list.data ? tp("results.cases", list.data.total) : t("results.title")}
          </h2>
          <label htmlFor={sortId} className="sort">
            {t("results.sort")}
            <select
              id={sortId}
              value={state.sort ?? (state.q ? "relevance" : "title")}
              onChange={(e) => update((s) => ({ ...s, sort: e.target.value as typeof s.sort }), { keepPage: false })}
            >
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {list.isPending ? <Loading /> : null}
        {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
        {list.data && list.data.total === 0 ? <p className="state">{t("results.empty")}</p> : null}
        {list.data ? <CaseList items={list.data.items} /> : null}
        {list.data ? (
          <Pagination
            page={state.page}
            pages={Math.ceil(list.data.total / pageSize)}
            onPage={(page) => update((s) => ({ ...s, page }), { keepPage: true })}
          />
        ) : null}
      </section>
    </div>
  );
}
