import { caseSorts } from "@atlas/api/contract";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { Link } from "react-router";
import { announce } from "../../components/Announcer.tsx";
import { ErrorState, Loading } from "../../components/States.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { useCiteTitle } from "../cite/view-title.tsx";
import { ContentNote } from "../translations/ContentNote.tsx";
import { ActiveFilters, useFilterChips } from "./ActiveFilters.tsx";
import { CaseList } from "./CaseList.tsx";
import { FilterPanel } from "./FilterPanel.tsx";
import { fetchCaseMap, loadCaseMap } from "./load-atlas-map.ts";
import { MapLegend } from "./MapLegend.tsx";
import { Pagination } from "./Pagination.tsx";
import { caseListOptions, pageSize } from "./queries.ts";
import { SearchSuggestion } from "./SearchSuggestion.tsx";
import { SelectedCase } from "./SelectedCase.tsx";
import { toCaseFilters } from "./url-state.ts";
import { useExploreState } from "./useExploreState.ts";
import { useMapWanted } from "./useMapWanted.ts";
import "./explore.css";
// The map's frame is styled before its code arrives, so the page does not move when it does.
import "../../map/map.css";

// MapLibre is the heaviest part of the app: it loads in its own chunk, asked for with the map
// component's (loadCaseMap) once the first cards' data is in, when the app opens here (main.tsx), or
// once the map's place is near the view (useMapWanted), before the cards' frame is painted.
const CaseMap = lazy(loadCaseMap);
// The charts of patterns load only when opened.
const PatternsPanel = lazy(() => import("../patterns/PatternsPanel.tsx"));

/** Explore the cases: filters with counts, the map, and the same cases as a sortable, paged list. */
export function ExplorePage() {
  const { t, tp, locale } = useI18n();
  const { state, update } = useExploreState();
  const [original, setOriginal] = useState(false);
  const list = useQuery(caseListOptions(state, original ? "en" : locale));
  const noted = list.data?.items.find((c) => c.content.translation) ?? list.data?.items[0];
  const chips = useFilterChips(state);
  useCiteTitle(chips.length ? `${t("nav.explore")} — ${chips.map((c) => c.text).join("; ")}` : t("nav.explore"));
  const [hovered, setHovered] = useState<string | null>(null);
  const fit = useRef<() => void>(() => {});
  const onFitReady = useCallback((f: () => void) => {
    fit.current = f;
  }, []);
  const sortId = useId();
  const sorts = caseSorts.filter((s) => s !== "relevance" || state.q);
  const present = useMemo(
    () => new Map((list.data?.facets[state.view.color] ?? []).map((f) => [f.key, f.count])),
    [list.data, state.view.color],
  );
  const mapPlace = useRef<HTMLDivElement>(null);
  const mapWanted = useMapWanted(mapPlace, !list.isPending, fetchCaseMap);
  const mapLoading = (
    <div className="case-map-frame" ref={mapPlace}>
      <Loading />
    </div>
  );
  const select = (id: string | undefined) =>
    update((s) => ({ ...s, view: { ...s.view, selected: id } }), { keepPage: true });
  const reveal = useRef(false);
  const showOnMap = (id: string) => {
    reveal.current = true;
    select(id);
  };
  // Closing the case's panel gives the focus back to where it was picked: its card's button, else the map.
  const closeSelected = () => {
    const id = state.view.selected ?? "";
    const back =
      document.querySelector<HTMLElement>(`[data-show-on-map="${CSS.escape(id)}"]`) ??
      document.querySelector<HTMLElement>(".case-map canvas");
    back?.focus();
    select(undefined);
  };
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const pageTurned = useRef(false);
  const pages = list.data ? Math.ceil(list.data.total / pageSize) : 0;
  // After "Next" or "Previous", the reader starts at the top of the new page, told which page it is.
  useEffect(() => {
    if (!pageTurned.current || !list.data || list.isPlaceholderData) return;
    pageTurned.current = false;
    resultsHeading.current?.focus();
    announce(t("pagination.status", { page: state.page, pages }));
  }, [list.data, list.isPlaceholderData, state.page, pages, t]);
  return (
    <>
      <header className="explore-intro">
        <h1>{t("explore.title")}</h1>
        <p>
          {t("explore.intro")} <Link to="/about">{t("explore.about")}</Link>
        </p>
      </header>
      <div className="explore">
        <FilterPanel state={state} facets={list.data?.facets} update={update} error={list.error} />
        <div className="explore-main">
          <ActiveFilters state={state} update={update} />
          <Suspense fallback={mapLoading}>
            {!mapWanted ? (
              mapLoading
            ) : (
              <CaseMap state={state} update={update} hovered={hovered} onHover={setHovered} onFitReady={onFitReady} />
            )}
          </Suspense>
          <MapLegend state={state} update={update} present={present} onFit={() => fit.current()} />
          {state.view.selected ? (
            <SelectedCase id={state.view.selected} onClose={closeSelected} reveal={reveal} />
          ) : null}
          <p className="patterns-toggle">
            <button
              type="button"
              aria-expanded={state.view.patterns}
              aria-controls="patterns-panel"
              onClick={() =>
                update((s) => ({ ...s, view: { ...s.view, patterns: !s.view.patterns } }), {
                  keepPage: true,
                  replace: true,
                })
              }
            >
              {state.view.patterns ? t("patterns.toggleHide") : t("patterns.toggleShow")}
            </button>
          </p>
          <div id="patterns-panel">
            {state.view.patterns ? (
              <Suspense fallback={<Loading />}>
                <PatternsPanel state={state} update={update} />
              </Suspense>
            ) : null}
          </div>
          <section className="results" aria-labelledby="results-heading" aria-busy={list.isFetching}>
            <div className="results-head">
              <h2 id="results-heading" aria-live="polite" ref={resultsHeading} tabIndex={-1}>
                {list.data ? tp("results.cases", list.data.total) : t("results.title")}
              </h2>
              <label htmlFor={sortId} className="sort">
                {t("results.sort")}
                <select
                  id={sortId}
                  value={state.sort ?? (state.q ? "relevance" : "title")}
                  onChange={(e) => update((s) => ({ ...s, sort: e.target.value as typeof s.sort }))}
                >
                  {sorts.map((s) => (
                    <option key={s} value={s}>
                      {t(`sort.${s}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <p className="downloads">
              {t("results.download")}{" "}
              <a href={`/api/cases.csv?${new URLSearchParams({ ...toCaseFilters(state), lang: locale })}`} download>
                {t("results.csv")}
              </a>
              {" · "}
              <a
                href={`/api/cases.geojson?${new URLSearchParams({ ...toCaseFilters(state), lang: locale })}`}
                download="coproduction-atlas-cases.geojson"
              >
                {t("results.geojson")}
              </a>
              {" · "}
              <a
                href={`/api/ld/dataset.jsonld?${new URLSearchParams(toCaseFilters(state))}`}
                download="coproduction-atlas.jsonld"
              >
                {t("linkedData.dump")}
              </a>
            </p>
            {noted ? (
              <ContentNote content={noted.content} showingOriginal={original} onToggle={() => setOriginal((o) => !o)} />
            ) : null}
            {list.isPending ? <Loading /> : null}
            {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
            {list.data?.suggestion ? (
              <SearchSuggestion suggestion={list.data.suggestion} onSearch={(q) => update((s) => ({ ...s, q }))} />
            ) : null}
            {list.data && list.data.total === 0 ? <p className="state">{t("results.empty")}</p> : null}
            {list.data ? (
              <CaseList
                items={list.data.items}
                hovered={hovered}
                onHover={setHovered}
                selected={state.view.selected}
                onSelect={showOnMap}
              />
            ) : null}
            {list.data ? (
              <Pagination
                page={state.page}
                pages={pages}
                onPage={(page) => {
                  pageTurned.current = true;
                  update((s) => ({ ...s, page }), { keepPage: true });
                }}
              />
            ) : null}
          </section>
        </div>
      </div>
    </>
  );
}
